import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { EventForm } from "@/components/events/event-form";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { createEventAction } from "@/lib/events/actions";
import { loadEventCreation } from "@/lib/events/page-data";
import { EMPTY_EVENT_FORM } from "@/lib/events/schema";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events" });
  return { title: t("new.title") };
}

export default async function NewEventPage() {
  await requirePage(await loadEventCreation(await getCurrentUser()), "/organizer/events/new");
  const t = await getTranslations("events");
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer/events", label: t("breadcrumb.events") }]} />
      <h1>{t("new.title")}</h1>
      <p>{t.rich("new.importInstead", { link: (chunks) => <Link href="/organizer/events/import">{chunks}</Link> })}</p>
      <EventForm action={createEventAction} defaultValues={EMPTY_EVENT_FORM} label={t("new.title")} />
    </>
  );
}
