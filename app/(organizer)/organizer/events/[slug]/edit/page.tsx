import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { updateEventAction } from "@/lib/events/actions";
import { loadEventEditor } from "@/lib/events/page-data";

export const metadata: Metadata = { title: "Edit event" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditEventPage({ params }: Props) {
  const { slug } = await params;
  const result = await loadEventEditor(await getCurrentUser(), slug);
  if (!result.ok) {
    if (result.error === "unauthenticated") redirectToSignIn(`/organizer/events/${slug}/edit`);
    if (result.error === "not-found") notFound();
    // Every organizer may see the event, so saying why they may not edit it discloses nothing.
    return (
      <>
        <Breadcrumb trail={[{ href: "/organizer/events", label: "Events" }]} />
        <h1>You cannot edit this event</h1>
        <p data-testid="edit-forbidden">Only the organizer who documented this event and admins can change it.</p>
        <p>
          <Link href={`/organizer/events/${slug}`}>Back to the event</Link>
        </p>
      </>
    );
  }
  const { event, values } = result.value;
  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/organizer/events", label: "Events" },
          { href: `/organizer/events/${event.slug}`, label: event.title },
        ]}
      />
      <h1>Edit event</h1>
      <EventForm action={updateEventAction.bind(null, event.slug)} defaultValues={values} label="Edit event" />
    </>
  );
}
