import type { Metadata } from "next";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { ImportReportForm } from "@/components/events/import-report-form";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadEventCreation } from "@/lib/events/page-data";

export const metadata: Metadata = { title: "Import an event from a report" };

export default async function ImportEventPage() {
  requirePage(await loadEventCreation(await getCurrentUser()), "/organizer/events/import");
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer/events", label: "Events" }]} />
      <h1>Import an event from a report</h1>
      <p>
        Paste a news report or a press release about the event. We read the date, the place, the host, the speakers and their roles, and the sentences
        that call on someone to act, and fill in a draft for you to check. The report itself becomes the event&apos;s source.
      </p>
      <ImportReportForm />
    </>
  );
}
