import { getLocale, getTranslations } from "next-intl/server";
import { TableRegion } from "@/components/ui/table-region";
import type { UtmCount } from "@/lib/dashboard/queries";
import { formatterFor } from "@/lib/i18n/format";

/** Confirmed signatures by their utm tags, as captured at signing. */
export async function UtmTable({ rows }: { rows: UtmCount[] }) {
  const t = await getTranslations("editor.dashboard.utm");
  if (rows.length === 0) return <p className="muted">{t("empty")}</p>;
  const { number } = formatterFor(await getLocale());
  // Tags are what the links carried, in any script: each keeps its own direction.
  const cell = (value: string | null) => (value === null ? <span className="muted">{t("none")}</span> : <bdi>{value}</bdi>);
  return (
    <TableRegion label={t("label")}>
      <table className="breakdown-table" data-testid="dashboard-utm">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("source")}</th>
            <th scope="col">{t("medium")}</th>
            <th scope="col">{t("campaign")}</th>
            <th scope="col" className="numeric">
              {t("signatures")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={JSON.stringify([row.source, row.medium, row.campaign])}>
              <td className="break-anywhere">{cell(row.source)}</td>
              <td className="break-anywhere">{cell(row.medium)}</td>
              <td className="break-anywhere">{cell(row.campaign)}</td>
              <td className="numeric">{number(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
