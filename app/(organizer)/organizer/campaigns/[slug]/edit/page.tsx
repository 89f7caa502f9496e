import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { LifecycleControls } from "@/components/campaigns/lifecycle-controls";
import { CampaignUpdateForm } from "@/components/campaigns/update-form";
import { CampaignUpdates } from "@/components/campaigns/campaign-updates";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { DateTime } from "@/components/organizers/date-time";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { campaignFormDefaults, campaignVersion } from "@/lib/campaigns/form-defaults";
import { OUTCOME_LABELS } from "@/lib/campaigns/lifecycle";
import { loadCampaignEditor } from "@/lib/campaigns/page-data";
import { isPublicCampaign } from "@/lib/campaigns/status";

export const metadata: Metadata = { title: "Settings and status" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const when = (date: Date | null) =>
  date ? (
    <>
      <DateTime value={date} /> UTC
    </>
  ) : (
    "Not yet"
  );

export default async function CampaignSettingsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { created, saved } = await searchParams;
  // A campaign the caller may not see answers like one that does not exist.
  const { campaign, access, event, updates, lifecycle } = requirePage(
    await loadCampaignEditor(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/edit`,
  );
  const base = `/organizer/campaigns/${campaign.slug}`;
  return (
    <>
      <CampaignHeader campaign={campaign} section="edit" heading="Settings and status" />
      {created === campaignVersion(campaign) && (
        <p className="notice" role="status" data-testid="campaign-created">
          Your draft is created. Nobody else sees it until you publish it: preview it first.
        </p>
      )}
      {saved === campaignVersion(campaign) && (
        <p className="notice" role="status">
          Your changes are saved.
        </p>
      )}
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="campaign-status">{campaign.status}</dd>
        <dt>Published</dt>
        <dd>{when(campaign.publishedAt)}</dd>
        <dt>Closes</dt>
        <dd>{campaign.closesAt ? when(campaign.closesAt) : "No closing date"}</dd>
        {campaign.closedAt && (
          <>
            <dt>Closed</dt>
            <dd>{when(campaign.closedAt)}</dd>
          </>
        )}
        <dt>Outcome</dt>
        <dd data-testid="campaign-outcome-status">{campaign.outcome ? OUTCOME_LABELS[campaign.outcome] : "None recorded yet"}</dd>
        <dt>Built on</dt>
        <dd>{event ? <Link href={`/events/${event.slug}`}>{event.title}</Link> : "No event"}</dd>
      </dl>
      <ul className="page-actions">
        <li>
          <Link href={`${base}/preview`} className="button button-secondary">
            Preview
          </Link>
        </li>
        {isPublicCampaign(campaign) && (
          <li>
            <Link href={`/campaigns/${campaign.slug}`} className="button button-secondary">
              Public page
            </Link>
          </li>
        )}
      </ul>
      {access.edit ? (
        <LifecycleControls campaignSlug={campaign.slug} actions={lifecycle} />
      ) : (
        <p className="notice notice-warning" data-testid="read-only">
          You can see this campaign&apos;s settings. Its editors and owners can change them.
        </p>
      )}
      <h2>Settings</h2>
      <CampaignForm
        defaults={campaignFormDefaults(campaign)}
        mode={{
          kind: "edit",
          campaignSlug: campaign.slug,
          keepClosesAt: campaign.closesAt?.toISOString() ?? null,
          draft: campaign.status === "draft",
        }}
        readOnly={!access.edit}
      />
      <h2>Public updates and outcomes</h2>
      {updates.length === 0 ? <p>No updates yet.</p> : <CampaignUpdates updates={updates} headingLevel="h3" />}
      {access.edit &&
        (campaign.status === "draft" ? (
          <p>Once the campaign is published, record here what came of it (delivered, response received, won) and post news on its page.</p>
        ) : (
          <>
            <CampaignUpdateForm campaignSlug={campaign.slug} variant="outcome" />
            <CampaignUpdateForm campaignSlug={campaign.slug} variant="news" />
          </>
        ))}
    </>
  );
}
