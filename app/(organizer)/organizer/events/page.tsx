import type { Metadata } from "next";
import Link from "next/link";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { eventDateLabel } from "@/lib/events/date-label";
import { loadEventList } from "@/lib/events/page-data";

export const metadata: Metadata = { title: "Events" };

export default async function OrganizerEventsPage() {
  const { events } = requirePage(await loadEventList(await getCurrentUser()), "/organizer/events");
  return (
    <>
      <h1>Documented events</h1>
      <p>Campaigns are built on events documented by their sources: who spoke, and what they called for.</p>
      <ul className="section-nav">
        <li>
          <Link href="/organizer/events/import">Import an event from a report</Link>
        </li>
        <li>
          <Link href="/organizer/events/new">New event</Link>
        </li>
      </ul>
      {events.length === 0 ? (
        <p data-testid="no-events">No events are documented yet.</p>
      ) : (
        <table data-testid="event-table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Date</th>
              <th scope="col">Place</th>
              <th scope="col">Calls to action</th>
              <th scope="col">Documented by</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.slug}>
                <td>
                  <Link href={`/organizer/events/${event.slug}`}>{event.title}</Link>
                  {event.canEdit && (
                    <>
                      {" "}
                      (<Link href={`/organizer/events/${event.slug}/edit`}>edit</Link>)
                    </>
                  )}
                </td>
                <td>{eventDateLabel(event)}</td>
                <td>{event.place}</td>
                <td>{event.callsToAction}</td>
                <td>{event.creatorEmail ?? (event.createdBy ? "A removed user" : "Seed data")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
