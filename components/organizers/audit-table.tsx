import Link from "next/link";
import type { AuditRow } from "@/lib/audit/page-data";
import { DateTime } from "./date-time";
import { LongText } from "./long-text";
import { TableRegion } from "./table-region";

// Details are small objects (ids, counts, a filter in words); one line of key: value keeps the table narrow.
function compact(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
}

// Addresses and action names wrap at their dots, details anywhere: on a laptop the whole log fits
// the page; on a phone it scrolls in its own box at a readable width.
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return (
    <TableRegion label="Audit log entries">
      <table data-testid="audit-log" className="table-wide">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Subject</th>
            <th scope="col">Campaign</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-audit-id={entry.id}>
              <td>
                <DateTime value={entry.at} />
              </td>
              <td>
                <LongText value={entry.actorEmail} />
              </td>
              <td>
                <code>
                  <LongText value={entry.action} />
                </code>
              </td>
              <td>
                <LongText value={entry.subject} />
              </td>
              <td>
                {entry.campaignSlug && (
                  <Link href={`/admin/audit?${new URLSearchParams({ campaign: entry.campaignSlug })}`}>
                    <span className="visually-hidden">Only the entries of </span>
                    {entry.campaignSlug}
                  </Link>
                )}
              </td>
              <td className="break-anywhere small">{compact(entry.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
