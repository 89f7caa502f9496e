import { TableRegion } from "@/components/organizers/table-region";
import type { UtmCount } from "@/lib/dashboard/queries";

const number = new Intl.NumberFormat("en-GB");

/** Confirmed signatures by their utm tags, as captured at signing. */
export function UtmTable({ rows }: { rows: UtmCount[] }) {
  if (rows.length === 0) return <p className="muted">No confirmed signature carried utm tags yet.</p>;
  const cell = (value: string | null) => value ?? <span className="muted">none</span>;
  return (
    <TableRegion label="Signatures by utm tags">
      <table className="breakdown-table" data-testid="dashboard-utm">
        <caption className="visually-hidden">Confirmed signatures by utm_source, utm_medium and utm_campaign</caption>
        <thead>
          <tr>
            <th scope="col">utm_source</th>
            <th scope="col">utm_medium</th>
            <th scope="col">utm_campaign</th>
            <th scope="col" className="numeric">
              Signatures
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={JSON.stringify([row.source, row.medium, row.campaign])}>
              <td className="break-anywhere">{cell(row.source)}</td>
              <td className="break-anywhere">{cell(row.medium)}</td>
              <td className="break-anywhere">{cell(row.campaign)}</td>
              <td className="numeric">{number.format(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
