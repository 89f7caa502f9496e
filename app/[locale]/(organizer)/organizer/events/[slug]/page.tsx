import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizerEventDetails } from "@/components/events/organizer-event-details";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadOrganizerEvent } from "@/lib/events/page-data";
import { Link } from "@/lib/i18n/navigation";
import { TranslationForm } from "@/components/i18n/translation-form";
import { TranslationStateList } from "@/components/i18n/translation-states";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events" });
  return { title: t("detail.metaTitle") };
}

export default async function OrganizerEventPage({ params }: Props) {
  const { slug } = await params;
  const { event, canEdit, translations, states } = await requirePage(
    await loadOrganizerEvent(await getCurrentUser(), slug),
    `/organizer/events/${slug}`,
  );
  const t = await getTranslations("events");
  const tr = await getTranslations("editor.translations");
  const campaignFrom = (call?: number) =>
    `/organizer/campaigns/new?${new URLSearchParams({ event: event.slug, ...(call === undefined ? {} : { call: String(call) }) })}`;
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer/events", label: t("breadcrumb.events") }]} />
      {/* The original, whose language the translations list links here. */}
      <h1 id={`translation-${event.language}`}>{event.title}</h1>
      <ul className="page-actions">
        <li>
          <Link href={campaignFrom()} className="button">
            {t("detail.startCampaign")}
          </Link>
        </li>
        {canEdit && (
          <li>
            <Link href={`/organizer/events/${event.slug}/edit`} className="button button-secondary">
              {t("detail.edit")}
            </Link>
          </li>
        )}
        <li>
          <Link href={`/events/${event.slug}`}>{t("detail.publicPage")}</Link>
        </li>
      </ul>
      <OrganizerEventDetails event={event} campaignFromCall={campaignFrom} />
      <section aria-labelledby="event-translations">
        <h2 id="event-translations">{tr("title")}</h2>
        <p>{t("detail.translationsLead")}</p>
        <TranslationStateList states={states} />
        {LOCALES.filter((language) => language !== event.language).map((language) => {
          const translation = translations.find((row) => row.language === language);
          return (
            <section key={language} aria-labelledby={`translation-${language}`}>
              <h3 id={`translation-${language}`} lang={language}>
                {LANGUAGE_NAMES[language]}
              </h3>
              <TranslationForm
                subject="event"
                slug={event.slug}
                language={language}
                exists={translation !== undefined}
                readOnly={!canEdit}
                defaults={{ title: translation?.title ?? "", summary: translation?.summary ?? "" }}
                calls={{ original: event.callsToAction, language: event.language as Locale, translated: translation?.calls ?? [] }}
              />
            </section>
          );
        })}
      </section>
    </>
  );
}
