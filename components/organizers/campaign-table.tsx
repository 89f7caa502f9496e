import Link from "next/link";
import type { OrganizerCampaign } from "@/lib/organizers/queries";
import { campaignPath } from "./campaign-header";
import { TableRegion } from "./table-region";

const number = new Intl.NumberFormat("en");

// Four columns, so it fits a phone: the campaign's status and the caller's role go under its title.
export function OrganizerCampaignTable({ campaigns, caption }: { campaigns: OrganizerCampaign[]; caption: string }) {
  return (
    <TableRegion label={caption}>
      <table data-testid="organizer-campaigns">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Campaign</th>
            <th scope="col" className="numeric">
              Online
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
              <th scope="row" className="hyphenate">
                <Link href={campaignPath(campaign.slug)}>{campaign.title}</Link>
                <span className="cell-note">
                  <span className={campaign.status === "open" ? "tag" : "tag tag-closed"}>{campaign.status}</span>
                  Your role: {campaign.memberRole ?? "admin"}
                </span>
              </th>
              <td className="numeric">{number.format(campaign.tally.online)}</td>
              <td className="numeric">{number.format(campaign.tally.offline)}</td>
              <td className="numeric">{number.format(campaign.tally.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
