import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { EventForm } from "@/components/events/event-form";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { createEventAction } from "@/lib/events/actions";
import { loadEventCreation } from "@/lib/events/page-data";
import { EMPTY_EVENT_FORM } from "@/lib/events/schema";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  requirePage(await loadEventCreation(await getCurrentUser()), "/organizer/events/new");
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer/events", label: "Events" }]} />
      <h1>New event</h1>
      <p>
        Have an article about it? <Link href="/organizer/events/import">Import the event from the report</Link> instead.
      </p>
      <EventForm action={createEventAction} defaultValues={EMPTY_EVENT_FORM} label="New event" />
    </>
  );
}
