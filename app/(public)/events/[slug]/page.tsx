import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CallSentence } from "@/components/events/call-sentence";
import { EventSources } from "@/components/events/event-sources";
import { slugSchema } from "@/lib/validation/slug";
import { eventDateLabel } from "@/lib/events/date-label";
import { getEvent } from "@/lib/events/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = slugSchema.safeParse((await params).slug);
  return slug.success ? getEvent(slug.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await load(params);
  return event ? { title: event.title, description: event.summary.slice(0, 200) } : { title: "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const event = await load(params);
  if (!event) notFound();
  return (
    <>
      <p className="caption">Documented event</p>
      <h1>{event.title}</h1>
      <dl className="facts">
        <dt>Date</dt>
        <dd>{eventDateLabel(event)}</dd>
        <dt>Place</dt>
        <dd>{event.place}</dd>
        <dt>Host</dt>
        <dd>{event.host}</dd>
      </dl>
      {(event.placeNote || !event.occurredOn) && (
        <div className="notice notice-warning">
          <h2>Where the sources are uncertain</h2>
          {!event.occurredOn && <p>Date: {event.dateNote}</p>}
          {event.placeNote && <p>Place: {event.placeNote}</p>}
        </div>
      )}
      <p className="lead">{event.summary}</p>

      {event.campaigns.length > 0 && (
        <>
          <h2>Campaigns built on this event</h2>
          <ul>
            {event.campaigns.map((campaign) => (
              <li key={campaign.slug}>
                <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Speakers</h2>
      <ul>
        {event.speakers.map((speaker) => (
          <li key={speaker.id}>
            <strong>{speaker.name}</strong>, {speaker.role}
          </li>
        ))}
      </ul>

      <h2>Calls to action</h2>
      <ol>
        {event.callsToAction.map((call) => (
          <li key={call.id}>
            <CallSentence call={call} />
            <blockquote>“{call.quote}”</blockquote>
          </li>
        ))}
      </ol>

      <h2>Sources</h2>
      <EventSources sources={event.sources} fullTextLabel="Read the full report" />
    </>
  );
}
