import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeysSection } from "@/components/organizers/api-keys-section";
import { OrganizerCampaignTable } from "@/components/organizers/campaign-table";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { loadOrganizerHome } from "@/lib/organizers/page-data";

export const metadata: Metadata = { title: "Your campaigns" };

export default async function OrganizerDashboardPage() {
  const result = await loadOrganizerHome(await getCurrentUser());
  if (!result.ok) redirectToSignIn("/organizer");
  const { campaigns, isAdmin, apiKeys } = result.value;
  const heading = isAdmin ? "All campaigns" : "Your campaigns";
  return (
    <>
      <h1>{heading}</h1>
      <div className="page-actions">
        <Link href="/organizer/campaigns/new" className="button">
          New campaign
        </Link>
      </div>
      {campaigns.length === 0 ? (
        <p className="notice notice-info" data-testid="no-campaigns">
          You are not on any campaign team yet. An admin or a campaign owner can add you.
        </p>
      ) : (
        <>
          <OrganizerCampaignTable campaigns={campaigns} caption={heading} />
          <p className="muted small">Online: confirmed online signatures. Offline: documented offline signatures. Total: both.</p>
        </>
      )}
      <ApiKeysSection apiKeys={apiKeys} />
    </>
  );
}
