import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportReportForm } from "@/components/events/import-report-form";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { loadEventCreation } from "@/lib/events/page-data";

export const metadata: Metadata = { title: "Import an event from a report" };

export default async function ImportEventPage() {
  const result = await loadEventCreation(await getCurrentUser());
  if (!result.ok) {
    if (result.error === "unauthenticated") redirectToSignIn("/organizer/events/import");
    notFound();
  }
  return (
    <>
      <p>
        <Link href="/organizer/events">Events</Link>
      </p>
      <h1>Import an event from a report</h1>
      <p>
        Paste a news report or a press release about the event. We read the date, the place, the host, the speakers and their roles, and the sentences
        that call on someone to act, and fill in a draft for you to check. The report itself becomes the event&apos;s source.
      </p>
      <ImportReportForm />
    </>
  );
}
