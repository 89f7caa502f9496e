import { useTranslations } from "next-intl";
import type { AuditRow } from "@/lib/audit/page-data";
import { Link } from "@/lib/i18n/navigation";
import { DateTime } from "./date-time";
import { LongText } from "./long-text";
import { TableRegion } from "@/components/ui/table-region";

// Details are small objects (ids, counts, a filter in words); one line of key: value keeps the table narrow.
function compact(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
}

// Addresses and action names wrap at their dots, details anywhere: on a laptop the whole log fits
// the page; on a phone it scrolls in its own box at a readable width. The entries themselves (the
// subject, the details) are a record, written once in English: only the table around them is translated.
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  const t = useTranslations("organizer.audit");
  return (
    <TableRegion label={t("tableLabel")}>
      <table data-testid="audit-log" className="table-wide">
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("action")}</th>
            <th scope="col">{t("subject")}</th>
            <th scope="col">{t("campaign")}</th>
            <th scope="col">{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-audit-id={entry.id}>
              <td>
                <DateTime value={entry.at} />
              </td>
              <td>
                <bdi>
                  <LongText value={entry.actorEmail} />
                </bdi>
              </td>
              <td>
                <code dir="ltr">
                  <LongText value={entry.action} />
                </code>
              </td>
              <td>
                <bdi>
                  <LongText value={entry.subject} />
                </bdi>
              </td>
              <td>
                {entry.campaignSlug && (
                  <Link href={`/admin/audit?${new URLSearchParams({ campaign: entry.campaignSlug })}`}>
                    <span className="visually-hidden">{t("onlyEntriesOf")}</span>
                    <bdi>{entry.campaignSlug}</bdi>
                  </Link>
                )}
              </td>
              <td className="break-anywhere small" dir="auto">
                {compact(entry.details)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
