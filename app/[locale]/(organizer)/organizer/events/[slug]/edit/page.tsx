import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, getLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { EventForm } from "@/components/events/event-form";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { updateEventAction } from "@/lib/events/actions";
import { loadEventEditor } from "@/lib/events/page-data";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events" });
  return { title: t("edit.title") };
}

export default async function EditEventPage({ params }: Props) {
  const { slug } = await params;
  const result = await loadEventEditor(await getCurrentUser(), slug);
  const t = await getTranslations("events");
  if (!result.ok) {
    if (result.error === "unauthenticated") redirectToSignIn(`/organizer/events/${slug}/edit`, await getLocale());
    if (result.error === "not-found") notFound();
    // Every organizer may see the event, so saying why they may not edit it discloses nothing.
    return (
      <>
        <Breadcrumb trail={[{ href: "/organizer/events", label: t("breadcrumb.events") }]} />
        <h1>{t("edit.forbiddenTitle")}</h1>
        <p data-testid="edit-forbidden">{t("edit.forbidden")}</p>
        <p>
          <Link href={`/organizer/events/${slug}`}>{t("edit.back")}</Link>
        </p>
      </>
    );
  }
  const { event, values } = result.value;
  return (
    <>
      <Breadcrumb
        trail={[
          { href: "/organizer/events", label: t("breadcrumb.events") },
          { href: `/organizer/events/${event.slug}`, label: event.title },
        ]}
      />
      <h1>{t("edit.title")}</h1>
      <EventForm action={updateEventAction.bind(null, event.slug)} defaultValues={values} label={t("edit.title")} />
    </>
  );
}
