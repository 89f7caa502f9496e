import type { Metadata } from "next";
import Link from "next/link";
import { OrganizerEventDetails } from "@/components/events/organizer-event-details";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadOrganizerEvent } from "@/lib/events/page-data";

export const metadata: Metadata = { title: "Event" };

type Props = { params: Promise<{ slug: string }> };

export default async function OrganizerEventPage({ params }: Props) {
  const { slug } = await params;
  const { event, canEdit } = requirePage(await loadOrganizerEvent(await getCurrentUser(), slug), `/organizer/events/${slug}`);
  const campaignFrom = (call?: number) =>
    `/organizer/campaigns/new?${new URLSearchParams({ event: event.slug, ...(call === undefined ? {} : { call: String(call) }) })}`;
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer/events", label: "Events" }]} />
      <h1>{event.title}</h1>
      <ul className="page-actions">
        <li>
          <Link href={campaignFrom()} className="button">
            Start a campaign from this event
          </Link>
        </li>
        {canEdit && (
          <li>
            <Link href={`/organizer/events/${event.slug}/edit`} className="button button-secondary">
              Edit this event
            </Link>
          </li>
        )}
        <li>
          <Link href={`/events/${event.slug}`}>Public page</Link>
        </li>
      </ul>
      <OrganizerEventDetails event={event} campaignFromCall={campaignFrom} />
    </>
  );
}
