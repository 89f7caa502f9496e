import type { AuditRow } from "@/lib/audit/page-data";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

// Details are small objects (ids, counts, a filter in words); one line of key=value keeps the table narrow.
function compact(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
}

export function AuditTable({ entries }: { entries: AuditRow[] }) {
  return (
    <table data-testid="audit-log">
      <thead>
        <tr>
          <th scope="col">Time (UTC)</th>
          <th scope="col">Actor</th>
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
              <time dateTime={entry.at.toISOString()}>{dateTime.format(entry.at)}</time>
            </td>
            <td>{entry.actorEmail}</td>
            <td>
              <code>{entry.action}</code>
            </td>
            <td>{entry.subject}</td>
            <td>{entry.campaignSlug ?? ""}</td>
            <td>
              <small>{compact(entry.details)}</small>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
