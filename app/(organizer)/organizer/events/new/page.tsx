import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { createEventAction } from "@/lib/events/actions";
import { loadEventCreation } from "@/lib/events/page-data";
import { EMPTY_EVENT_FORM } from "@/lib/events/schema";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  const result = await loadEventCreation(await getCurrentUser());
  if (!result.ok) {
    if (result.error === "unauthenticated") redirectToSignIn("/organizer/events/new");
    notFound();
  }
  return (
    <>
      <p>
        <Link href="/organizer/events">Events</Link>
      </p>
      <h1>New event</h1>
      <p>
        Have an article about it? <Link href="/organizer/events/import">Import the event from the report</Link> instead.
      </p>
      <EventForm action={createEventAction} defaultValues={EMPTY_EVENT_FORM} label="New event" />
    </>
  );
}
