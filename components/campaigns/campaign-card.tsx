import Link from "next/link";
import type { CampaignListItem } from "@/lib/campaigns/queries";
import { isAcceptingSignatures } from "@/lib/campaigns/status";
import { eventDateLabel } from "@/lib/events/date-label";
import { CampaignProgress } from "./campaign-progress";

export function CampaignCard({ campaign }: { campaign: CampaignListItem }) {
  const open = isAcceptingSignatures(campaign);
  return (
    <li className="card">
      <p className="caption">
        <span className={open ? "tag" : "tag tag-closed"}>{open ? "Open" : "Closed"}</span>
        {campaign.kind === "declaration" ? "Declaration of elected officials" : "Petition"}
      </p>
      <h2>
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
      </h2>
      <p>{campaign.summary}</p>
      <CampaignProgress tally={campaign.tally} goal={campaign.goal} milestones={campaign.milestones} headingLevel="p" />
      {campaign.event && (
        <p className="muted">
          Built on: <Link href={`/events/${campaign.event.slug}`}>{campaign.event.title}</Link> ({eventDateLabel(campaign.event)},{" "}
          {campaign.event.place})
        </p>
      )}
    </li>
  );
}
