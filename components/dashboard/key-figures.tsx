import { getLocale, getTranslations } from "next-intl/server";
import { formatRate } from "@/lib/dashboard/figures";
import type { CampaignDashboard } from "@/lib/dashboard/page-data";
import { formatterFor } from "@/lib/i18n/format";

/** The campaign's headline figures as one table, each cell tagged for the end-to-end tests. */
export async function KeyFigures({ dashboard }: { dashboard: CampaignDashboard }) {
  const t = await getTranslations("editor.dashboard.figures");
  const locale = await getLocale();
  const { number } = formatterFor(locale);
  const rows: [label: string, value: string, testId: string][] = [
    [t("confirmed"), number(dashboard.confirmed), "dashboard-confirmed"],
    [t("pending"), number(dashboard.pending), "dashboard-pending"],
    [t("invalidated"), number(dashboard.invalidated), "dashboard-invalidated"],
    [t("held"), number(dashboard.held), "dashboard-held"],
    [t("confirmationRate"), formatRate(dashboard.confirmationRate, locale), "dashboard-confirmation-rate"],
    [t("offline"), number(dashboard.offline), "dashboard-offline"],
    [t("total"), number(dashboard.total), "dashboard-total"],
  ];
  return (
    <table className="breakdown-table" data-testid="dashboard-figures">
      <caption>{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("figure")}</th>
          <th scope="col" className="numeric">
            {t("value")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value, testId]) => (
          <tr key={testId}>
            <th scope="row">{label}</th>
            <td className="numeric" data-testid={testId}>
              {value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
