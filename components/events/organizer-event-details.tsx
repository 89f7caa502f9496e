import Link from "next/link";
import { eventDateLabel } from "@/lib/events/date-label";
import type { EventDetail } from "@/lib/events/queries";
import { CallSentence } from "./call-sentence";
import { EventSources } from "./event-sources";

// The organizer's view of an event: everything the sources say, and from each call to action a
// way to start a campaign that carries it (the campaign form reads the event and the call).
export function OrganizerEventDetails({ event, campaignFromCall }: { event: EventDetail; campaignFromCall: (position: number) => string }) {
  return (
    <>
      <dl className="facts">
        <dt>Date</dt>
        <dd data-testid="event-date">{eventDateLabel(event)}</dd>
        {event.dateNote && (
          <>
            <dt>Date as the sources give it</dt>
            <dd>{event.dateNote}</dd>
          </>
        )}
        <dt>Place</dt>
        <dd data-testid="event-place">{event.place}</dd>
        {event.placeNote && (
          <>
            <dt>Where the sources disagree on the place</dt>
            <dd>{event.placeNote}</dd>
          </>
        )}
        <dt>Host</dt>
        <dd>{event.host}</dd>
      </dl>
      <p className="lead">{event.summary}</p>

      <h2>Calls to action</h2>
      {event.callsToAction.length === 0 ? (
        <p>No calls to action are recorded.</p>
      ) : (
        <ol data-testid="event-calls">
          {event.callsToAction.map((call) => (
            <li key={call.id}>
              <CallSentence call={call} />
              <blockquote>“{call.quote}”</blockquote>
              <p>
                <Link href={campaignFromCall(call.position)}>Start a campaign from this call</Link>
              </p>
            </li>
          ))}
        </ol>
      )}

      <h2>Speakers</h2>
      {event.speakers.length === 0 ? (
        <p>No speakers are recorded.</p>
      ) : (
        <ul data-testid="event-speakers">
          {event.speakers.map((speaker) => (
            <li key={speaker.id}>
              <strong>{speaker.name}</strong>, {speaker.role}
            </li>
          ))}
        </ul>
      )}

      <h2>Sources</h2>
      <EventSources sources={event.sources} fullTextLabel="Read the full text" />

      {event.campaigns.length > 0 && (
        <>
          <h2>Public campaigns built on this event</h2>
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
