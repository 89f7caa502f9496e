import { useLocale, useTranslations } from "next-intl";
import { TableRegion } from "@/components/ui/table-region";
import { formatterFor } from "@/lib/i18n/format";
import type { RegisterCounts } from "@/lib/register/queries";

/** Verified mayors and councillors by département, on the campaign page (issue #14). */
export function RegisterCountsSection({ counts }: { counts: RegisterCounts }) {
  const t = useTranslations("register.counts");
  const format = formatterFor(useLocale());
  return (
    <section aria-labelledby="register-counts" data-testid="register-counts">
      <h3 id="register-counts">{t("title")}</h3>
      <p className="muted">{t("intro", { date: format.date(counts.extractDate, "long") })}</p>
      <TableRegion label={t("caption")}>
        <table>
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("departement")}</th>
              <th scope="col">{t("mayors")}</th>
              <th scope="col">{t("councillors")}</th>
            </tr>
          </thead>
          <tbody>
            {counts.byDepartement.map((row) => (
              <tr key={row.departement}>
                <th scope="row">
                  <bdi>{row.name ? t("departementName", { code: row.departement, name: row.name }) : row.departement}</bdi>
                </th>
                <td>{format.number(row.mayors)}</td>
                <td>{format.number(row.councillors)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
