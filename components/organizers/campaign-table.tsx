import Link from "next/link";
import type { OrganizerCampaign } from "@/lib/organizers/queries";

const number = new Intl.NumberFormat("en");

export function OrganizerCampaignTable({ campaigns }: { campaigns: OrganizerCampaign[] }) {
  return (
    <table data-testid="organizer-campaigns">
      <caption className="visually-hidden">Your campaigns</caption>
      <thead>
        <tr>
          <th scope="col">Campaign</th>
          <th scope="col">Status</th>
          <th scope="col">Your role</th>
          <th scope="col" className="numeric">
            Confirmed online
          </th>
          <th scope="col" className="numeric">
            Offline
          </th>
          <th scope="col" className="numeric">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {campaigns.map((campaign) => (
          <tr key={campaign.id} data-slug={campaign.slug}>
            <th scope="row">
              <Link href={`/organizer/campaigns/${campaign.slug}`}>{campaign.title}</Link>
            </th>
            <td>{campaign.status}</td>
            <td>{campaign.memberRole ?? "admin"}</td>
            <td className="numeric">{number.format(campaign.tally.online)}</td>
            <td className="numeric">{number.format(campaign.tally.offline)}</td>
            <td className="numeric">{number.format(campaign.tally.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
