import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizerEventDetails } from "@/components/events/organizer-event-details";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadOrganizerEvent } from "@/lib/events/page-data";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events" });
  return { title: t("detail.metaTitle") };
}

export default async function OrganizerEventPage({ params }: Props) {
  const { slug } = await params;
  const { event, canEdit } = await requirePage(await loadOrganizerEvent(await getCurrentUser(), slug), `/organizer/events/${slug}`);
  const t = await getTranslations("events");
  const campaignFrom = (call?: number) =>
    `/organizer/campaigns/new?${new URLSearchParams({ event: event.slug, ...(call === undefined ? {} : { call: String(call) }) })}`;
  return (
    <>
      <Breadcrumb trail={[{ href: "/organizer/events", label: t("breadcrumb.events") }]} />
      <h1>{event.title}</h1>
      <ul className="page-actions">
        <li>
          <Link href={campaignFrom()} className="button">
            {t("detail.startCampaign")}
          </Link>
        </li>
        {canEdit && (
          <li>
            <Link href={`/organizer/events/${event.slug}/edit`} className="button button-secondary">
              {t("detail.edit")}
            </Link>
          </li>
        )}
        <li>
          <Link href={`/events/${event.slug}`}>{t("detail.publicPage")}</Link>
        </li>
      </ul>
      <OrganizerEventDetails event={event} campaignFromCall={campaignFrom} />
    </>
  );
}
