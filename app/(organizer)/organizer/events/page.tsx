import type { Metadata } from "next";
import Link from "next/link";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/organizers/table-region";
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
      <ul className="page-actions">
        <li>
          <Link href="/organizer/events/import" className="button">
            Import an event from a report
          </Link>
        </li>
        <li>
          <Link href="/organizer/events/new" className="button button-secondary">
            New event
          </Link>
        </li>
      </ul>
      {events.length === 0 ? (
        <p className="notice notice-info" data-testid="no-events">
          No events are documented yet. Import one from a news report, or write it up yourself.
        </p>
      ) : (
        <TableRegion label="Documented events">
          <table data-testid="event-table">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Date</th>
                <th scope="col" className="numeric">
                  Calls to action
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.slug}>
                  {/* Three columns, so it fits a phone: place, author and the edit link go under the title. */}
                  <th scope="row">
                    <Link href={`/organizer/events/${event.slug}`}>{event.title}</Link>
                    <span className="cell-note">{event.place}</span>
                    <span className="cell-note">
                      Documented by <LongText value={event.creatorEmail ?? (event.createdBy ? "a removed user" : "the seed data")} />
                    </span>
                    {event.canEdit && (
                      <Link href={`/organizer/events/${event.slug}/edit`} className="button button-quiet">
                        Edit<span className="visually-hidden"> {event.title}</span>
                      </Link>
                    )}
                  </th>
                  <td>{eventDateLabel(event)}</td>
                  <td className="numeric">{event.callsToAction}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
