import type { Metadata } from "next";
import Link from "next/link";
import { CampaignPageContent } from "@/components/campaigns/campaign-page-content";
import { CampaignProgress } from "@/components/campaigns/campaign-progress";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { campaignPath, campaignTrail } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadCampaignPreview } from "@/lib/campaigns/page-data";
import { signingState } from "@/lib/campaigns/status";

export const metadata: Metadata = { title: "Preview", robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

/** The public page's content as the team's preview, whatever the status: drafts included. Signing is off. */
export default async function CampaignPreviewPage({ params }: Props) {
  const { slug } = await params;
  const { campaign, updates, breakdowns, signatories } = requirePage(
    await loadCampaignPreview(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/preview`,
  );
  return (
    <>
      <Breadcrumb trail={[...campaignTrail(campaign), { href: campaignPath(campaign.slug, "edit"), label: "Settings and status" }]} />
      <div className="notice notice-warning" role="note" data-testid="preview-banner">
        <p>
          <strong>Preview — not published.</strong> This copy of the campaign page is for its team (status: {campaign.status}); the sign form is
          turned off. <Link href={campaignPath(campaign.slug, "edit")}>Back to settings and status</Link>
        </p>
      </div>
      <CampaignPageContent
        campaign={campaign}
        updates={updates}
        breakdowns={breakdowns}
        signatories={signatories}
        state={signingState(campaign)}
        count={<CampaignProgress tally={campaign.tally} goal={campaign.goal} milestones={campaign.milestones} />}
        signing={
          <>
            <h2>{campaign.kind === "declaration" ? "Sign the declaration" : "Sign the petition"}</h2>
            <p className="muted" data-testid="preview-no-signing">
              The sign form is shown here on the public page. It cannot be used in the preview.
            </p>
          </>
        }
      />
    </>
  );
}
