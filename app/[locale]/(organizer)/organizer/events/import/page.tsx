import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { ImportReportForm } from "@/components/events/import-report-form";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadEventCreation } from "@/lib/events/page-data";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events" });
  return { title: t("import.title") };
}

export default async function ImportEventPage() {
  await requirePage(await loadEventCreation(await getCurrentUser()), "/organizer/events/import");
  const t = await getTranslations("events");
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer/events", label: t("breadcrumb.events") }]} />
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <ImportReportForm />
    </>
  );
}
