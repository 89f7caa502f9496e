import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CallSentence } from "@/components/events/call-sentence";
import { EventSources } from "@/components/events/event-sources";
import { SpeakerLine } from "@/components/events/speaker-line";
import { slugSchema } from "@/lib/validation/slug";
import { eventDateLabel } from "@/lib/events/date-label";
import { eventTranslationsOf, getEvent } from "@/lib/events/queries";
import { localizeEvent } from "@/lib/events/translations";
import { translationsOf } from "@/lib/campaigns/queries";
import { chosenTranslation } from "@/lib/i18n/text-versions";
import { TranslationNote } from "@/components/i18n/translation-note";
import { Link } from "@/lib/i18n/navigation";
import { contentAttributes, localePath } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

const isolate = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The event, its title and summary in the reader's language where a translation exists (issue #12). */
async function load(slug: string, locale: string) {
  const parsed = slugSchema.safeParse(slug);
  const event = parsed.success ? await getEvent(parsed.data) : null;
  if (!event) return null;
  const [translations, campaignTranslations] = await Promise.all([
    eventTranslationsOf(event.id),
    translationsOf(event.campaigns.map((campaign) => campaign.id)),
  ]);
  // The campaigns built on it are named in the reader's language too, where they have it.
  const campaigns = event.campaigns.map((campaign) => {
    const own = campaignTranslations.filter((translation) => translation.campaignId === campaign.id);
    const translation = chosenTranslation(campaign, own, locale);
    return { ...campaign, title: translation?.title ?? campaign.title, language: translation?.language ?? campaign.language };
  });
  return localizeEvent({ ...event, campaigns }, translations, locale);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await load(slug, locale);
  if (event) return { title: event.title, description: event.summary.slice(0, 200) };
  const t = await getTranslations({ locale, namespace: "events" });
  return { title: t("public.notFoundTitle") };
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await load(slug, locale);
  if (!event) notFound();
  const t = await getTranslations("events");
  // The event's texts, in the language the organizers wrote them in.
  const written = contentAttributes(event.language, locale);
  // Place, host and the rest are not translated: they stay in the original's language.
  const original = contentAttributes(event.text.authoritative, locale);
  return (
    <>
      <p className="caption">{t("public.caption")}</p>
      <h1 dir="auto" {...written}>
        {event.title}
      </h1>
      <TranslationNote
        text={event.text}
        original={localePath(event.text.authoritative, `/events/${event.slug}`)}
        messages="events.public.translation"
      />
      <dl className="facts">
        <dt>{t("shared.date")}</dt>
        <dd>{eventDateLabel(event, locale)}</dd>
        <dt>{t("shared.place")}</dt>
        <dd dir="auto" {...original}>
          {event.place}
        </dd>
        <dt>{t("shared.host")}</dt>
        <dd dir="auto" {...original}>
          {event.host}
        </dd>
      </dl>
      {(event.placeNote || !event.occurredOn) && (
        <div className="notice notice-warning">
          <h2>{t("public.uncertainTitle")}</h2>
          {!event.occurredOn && <p>{t.rich("public.uncertainDate", { note: event.dateNote, isolate })}</p>}
          {event.placeNote && <p>{t.rich("public.uncertainPlace", { note: event.placeNote, isolate })}</p>}
        </div>
      )}
      <p className="lead" dir="auto" {...written}>
        {event.summary}
      </p>

      {event.campaigns.length > 0 && (
        <>
          <h2>{t("public.campaigns")}</h2>
          <ul>
            {event.campaigns.map((campaign) => (
              <li key={campaign.slug}>
                <Link href={`/campaigns/${campaign.slug}`} {...contentAttributes(campaign.language, locale)}>
                  {campaign.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t("shared.speakers")}</h2>
      <ul>
        {event.speakers.map((speaker) => (
          <li key={speaker.id}>
            <SpeakerLine speaker={speaker} />
          </li>
        ))}
      </ul>

      <h2>{t("shared.callsToAction")}</h2>
      {/* English pages read as before; a translated page says the quotations are not translated. */}
      {locale !== "en" && event.callsToAction.length > 0 && <p className="muted">{t("shared.quotesNote")}</p>}
      <ol>
        {event.callsToAction.map((call) => (
          <li key={call.id}>
            <CallSentence call={call} />
            {/* The speaker's words, in the language the source reported them in. The data does not record
                which language that is, so no `lang`: dir="auto" at least reads the direction from the text. */}
            <blockquote dir="auto">{t("shared.quote", { quote: call.quote })}</blockquote>
          </li>
        ))}
      </ol>

      <h2>{t("shared.sources")}</h2>
      <EventSources sources={event.sources} fullTextLabel={t("public.fullReport")} />
    </>
  );
}
