import { formatRate } from "@/lib/dashboard/figures";
import type { CampaignDashboard } from "@/lib/dashboard/page-data";

const number = new Intl.NumberFormat("en-GB");

/** The campaign's headline figures as one table, each cell tagged for the end-to-end tests. */
export function KeyFigures({ dashboard }: { dashboard: CampaignDashboard }) {
  const rows: [label: string, value: string, testId: string][] = [
    ["Confirmed online signatures", number.format(dashboard.confirmed), "dashboard-confirmed"],
    ["Pending (signed, email not confirmed yet)", number.format(dashboard.pending), "dashboard-pending"],
    ["Invalidated by moderation", number.format(dashboard.invalidated), "dashboard-invalidated"],
    ["Confirmation rate (confirmed ÷ confirmed and pending)", formatRate(dashboard.confirmationRate), "dashboard-confirmation-rate"],
    ["Documented offline signatures", number.format(dashboard.offline), "dashboard-offline"],
    ["Total (confirmed online and offline)", number.format(dashboard.total), "dashboard-total"],
  ];
  return (
    <table className="breakdown-table" data-testid="dashboard-figures">
      <caption>Signatures at a glance</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="numeric">
            Value
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
