import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/ui/table-region";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { eventDateLabel } from "@/lib/events/date-label";
import { loadEventList } from "@/lib/events/page-data";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "events" });
  return { title: t("list.metaTitle") };
}

export default async function OrganizerEventsPage() {
  const { events } = await requirePage(await loadEventList(await getCurrentUser()), "/organizer/events");
  const [t, locale] = await Promise.all([getTranslations("events"), getLocale()]);
  const format = formatterFor(locale);
  return (
    <>
      <h1>{t("list.title")}</h1>
      <p>{t("list.intro")}</p>
      <ul className="page-actions">
        <li>
          <Link href="/organizer/events/import" className="button">
            {t("list.import")}
          </Link>
        </li>
        <li>
          <Link href="/organizer/events/new" className="button button-secondary">
            {t("list.new")}
          </Link>
        </li>
      </ul>
      {events.length === 0 ? (
        <p className="notice notice-info" data-testid="no-events">
          {t("list.empty")}
        </p>
      ) : (
        <TableRegion label={t("list.tableLabel")}>
          <table data-testid="event-table">
            <thead>
              <tr>
                <th scope="col">{t("list.event")}</th>
                <th scope="col">{t("shared.date")}</th>
                <th scope="col" className="numeric">
                  {t("shared.callsToAction")}
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.slug}>
                  {/* Three columns, so it fits a phone: place, author and the edit link go under the title. */}
                  <th scope="row">
                    <Link href={`/organizer/events/${event.slug}`}>{event.title}</Link>
                    <span className="cell-note">{event.place}</span>
                    <span className="cell-note">
                      {t.rich("list.documentedBy", {
                        who: () =>
                          event.creatorEmail ? (
                            <bdi>
                              <LongText value={event.creatorEmail} />
                            </bdi>
                          ) : (
                            t(event.createdBy ? "list.removedUser" : "list.seedData")
                          ),
                      })}
                    </span>
                    {event.canEdit && (
                      <Link href={`/organizer/events/${event.slug}/edit`} className="button button-quiet">
                        {t.rich("list.edit", {
                          title: event.title,
                          hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                        })}
                      </Link>
                    )}
                  </th>
                  <td>{eventDateLabel(event, locale)}</td>
                  <td className="numeric">{format.number(event.callsToAction)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
