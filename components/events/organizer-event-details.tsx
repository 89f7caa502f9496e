import { useLocale, useTranslations } from "next-intl";
import { eventDateLabel } from "@/lib/events/date-label";
import type { EventDetail } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { CallSentence } from "./call-sentence";
import { EventSources } from "./event-sources";
import { SpeakerLine } from "./speaker-line";

// The organizer's view of an event: everything the sources say, and from each call to action a
// way to start a campaign that carries it (the campaign form reads the event and the call).
export function OrganizerEventDetails({ event, campaignFromCall }: { event: EventDetail; campaignFromCall: (position: number) => string }) {
  const t = useTranslations("events");
  const locale = useLocale();
  return (
    <>
      <dl className="facts">
        <dt>{t("shared.date")}</dt>
        <dd data-testid="event-date">{eventDateLabel(event, locale)}</dd>
        {event.dateNote && (
          <>
            <dt>{t("detail.dateNote")}</dt>
            <dd dir="auto">{event.dateNote}</dd>
          </>
        )}
        <dt>{t("shared.place")}</dt>
        <dd data-testid="event-place" dir="auto">
          {event.place}
        </dd>
        {event.placeNote && (
          <>
            <dt>{t("detail.placeNote")}</dt>
            <dd dir="auto">{event.placeNote}</dd>
          </>
        )}
        <dt>{t("shared.host")}</dt>
        <dd dir="auto">{event.host}</dd>
      </dl>
      <p className="lead" dir="auto">
        {event.summary}
      </p>

      <h2>{t("shared.callsToAction")}</h2>
      {locale !== "en" && event.callsToAction.length > 0 && <p className="muted">{t("shared.quotesNote")}</p>}
      {event.callsToAction.length === 0 ? (
        <p>{t("detail.noCalls")}</p>
      ) : (
        <ol data-testid="event-calls">
          {event.callsToAction.map((call) => (
            <li key={call.id}>
              <CallSentence call={{ ...call, wordingLanguage: event.language }} />
              {/* The speaker's words, in the language the source reported them in. The data does not record
                  which language that is, so no `lang`: dir="auto" at least reads the direction from the text. */}
              <blockquote dir="auto">{t("shared.quote", { quote: call.quote })}</blockquote>
              <p>
                <Link href={campaignFromCall(call.position)}>{t("detail.startFromCall")}</Link>
              </p>
            </li>
          ))}
        </ol>
      )}

      <h2>{t("shared.speakers")}</h2>
      {event.speakers.length === 0 ? (
        <p>{t("detail.noSpeakers")}</p>
      ) : (
        <ul data-testid="event-speakers">
          {event.speakers.map((speaker) => (
            <li key={speaker.id}>
              <SpeakerLine speaker={speaker} />
            </li>
          ))}
        </ul>
      )}

      <h2>{t("shared.sources")}</h2>
      <EventSources sources={event.sources} fullTextLabel={t("detail.fullText")} />

      {event.campaigns.length > 0 && (
        <>
          <h2>{t("detail.campaigns")}</h2>
          <ul>
            {event.campaigns.map((campaign) => (
              <li key={campaign.slug}>
                <Link href={`/organizer/campaigns/${campaign.slug}`}>{campaign.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
