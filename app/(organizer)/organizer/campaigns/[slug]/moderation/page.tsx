import type { Metadata } from "next";
import { ClientAddressTable } from "@/components/moderation/client-address-table";
import { InvalidateSignaturesForm } from "@/components/moderation/invalidate-signatures-form";
import { InvalidationList } from "@/components/moderation/invalidation-list";
import { SignatoryModerationSection } from "@/components/moderation/signatory-moderation-section";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadModerationPage } from "@/lib/moderation/page-data";

export const metadata: Metadata = { title: "Moderation" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ModerationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { q } = await searchParams;
  // A campaign the caller may not see answers exactly like one that does not exist.
  const { campaign, canModerate, signatories, search, clientAddresses, invalidations } = requirePage(
    await loadModerationPage(await getCurrentUser(), slug, { search: typeof q === "string" ? q : "" }),
    `/organizer/campaigns/${slug}/moderation`,
  );
  return (
    <>
      <CampaignHeader campaign={campaign} section="moderation" heading="Moderation" />
      {!canModerate && <p className="notice notice-info">You are a viewer of this campaign: you can see its moderation, not change it.</p>}
      <SignatoryModerationSection campaignSlug={campaign.slug} signatories={signatories} search={search} canModerate={canModerate} />
      <ClientAddressTable clientAddresses={clientAddresses} />
      <section aria-labelledby="invalidations-title">
        <h2 id="invalidations-title">Invalidated signatures</h2>
        <p>
          Invalidated signatures are no longer counted nor listed, and cannot be confirmed. Undoing an invalidation gives each of its signatures back
          the status it had.
        </p>
        {canModerate && (
          <>
            <h3>Invalidate signatures by a filter</h3>
            <InvalidateSignaturesForm campaignSlug={campaign.slug} />
          </>
        )}
        <h3>Invalidations</h3>
        <InvalidationList campaignSlug={campaign.slug} invalidations={invalidations} canModerate={canModerate} />
      </section>
    </>
  );
}
