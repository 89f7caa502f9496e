import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CallSentence } from "@/components/events/call-sentence";
import { EventSources } from "@/components/events/event-sources";
import { SpeakerLine } from "@/components/events/speaker-line";
import { slugSchema } from "@/lib/validation/slug";
import { eventDateLabel } from "@/lib/events/date-label";
import { getEvent } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { contentAttributes } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

const isolate = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(slug: string) {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getEvent(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await load(slug);
  if (event) return { title: event.title, description: event.summary.slice(0, 200) };
  const t = await getTranslations({ locale, namespace: "events" });
  return { title: t("public.notFoundTitle") };
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await load(slug);
  if (!event) notFound();
  const t = await getTranslations("events");
  // The event's texts, in the language the organizers wrote them in.
  const written = contentAttributes(event.language, locale);
  return (
    <>
      <p className="caption">{t("public.caption")}</p>
      <h1 dir="auto" {...written}>
        {event.title}
      </h1>
      <dl className="facts">
        <dt>{t("shared.date")}</dt>
        <dd>{eventDateLabel(event, locale)}</dd>
        <dt>{t("shared.place")}</dt>
        <dd dir="auto">{event.place}</dd>
        <dt>{t("shared.host")}</dt>
        <dd dir="auto">{event.host}</dd>
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
                <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
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
