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
  return (
    <>
      <h1>{isAdmin ? "All campaigns" : "Your campaigns"}</h1>
      <p>
        <Link href="/organizer/campaigns/new" className="button">
          New campaign
        </Link>
      </p>
      {campaigns.length === 0 ? (
        <p data-testid="no-campaigns">You are not on any campaign team yet. An admin or a campaign owner can add you.</p>
      ) : (
        <OrganizerCampaignTable campaigns={campaigns} />
      )}
      <ApiKeysSection apiKeys={apiKeys} />
    </>
  );
}
