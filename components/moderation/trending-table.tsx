import { useLocale, useTranslations } from "next-intl";
import { DateTime } from "@/components/organizers/date-time";
import { TableRegion } from "@/components/ui/table-region";
import { formatterFor } from "@/lib/i18n/format";
import type { ModerationPage } from "@/lib/moderation/page-data";
import type { TrendingKey } from "@/lib/moderation/trending";

// datetime-local values, read as UTC by the filter: the hour and the next.
const minute = (date: Date) => date.toISOString().slice(0, 16);

/** The address of this page with the invalidation filter filled in for one key and hour. */
function prefillHref({ dimension, key, hour }: TrendingKey): string {
  const query = new URLSearchParams({
    [dimension === "client" ? "ipHash" : "emailDomain"]: key,
    from: minute(hour),
    to: minute(new Date(hour.getTime() + 3_600_000)),
  });
  return `?${query}#invalidate-filter`;
}

/**
 * Client hashes and email domains with unusual volume in one hour (issue #13), each with a link that
 * fills the invalidation filter below with that source and hour; the moderator previews, then decides.
 */
export function TrendingTable({ trending, canModerate }: { trending: ModerationPage["trending"]; canModerate: boolean }) {
  const t = useTranslations("organizer.moderation.trending");
  const format = formatterFor(useLocale());
  const hourText = (hour: Date) => `${hour.toISOString().slice(0, 13).replace("T", " ")}:00`;
  return (
    <section aria-labelledby="trending-title" data-testid="trending-section">
      <h2 id="trending-title">{t("title")}</h2>
      <p>{t("intro", { threshold: trending.threshold, alert: trending.alert })}</p>
      {trending.keys.length === 0 ? (
        <p data-testid="trending-empty">{t("empty")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table data-testid="trending" className="table-wide">
            <thead>
              <tr>
                <th scope="col">{t("hour")}</th>
                <th scope="col">{t("source")}</th>
                <th scope="col" className="numeric">
                  {t("signatures")}
                </th>
                {canModerate && <th scope="col">{t("filter")}</th>}
              </tr>
            </thead>
            <tbody>
              {trending.keys.map((entry) => {
                const source = entry.dimension === "client" ? t("client", { hash: entry.key.slice(0, 12) }) : t("domain", { domain: entry.key });
                return (
                  <tr key={`${entry.dimension}:${entry.key}:${entry.hour.toISOString()}`}>
                    <td>
                      <DateTime value={entry.hour} />
                    </td>
                    <td>
                      <bdi>{source}</bdi>
                    </td>
                    <td className="numeric">{format.number(entry.signatures)}</td>
                    {canModerate && (
                      <td>
                        <a href={prefillHref(entry)}>
                          {t.rich("prefill", {
                            source,
                            hour: hourText(entry.hour),
                            hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                          })}
                        </a>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
