import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { CampaignPageContent } from "@/components/campaigns/campaign-page-content";
import { FlashNotice } from "@/components/campaigns/flash-notice";
import { LiveCount } from "@/components/campaigns/live-count";
import { SignForm } from "@/components/signing/sign-form";
import { getPublicCampaignBySlug, listCampaignUpdates } from "@/lib/campaigns/queries";
import { openingLabel, signingState } from "@/lib/campaigns/status";
import { getEnv } from "@/lib/env";
import { countryOptions } from "@/lib/signing/countries";
import { listPublicSignatories } from "@/lib/signatory-list/queries";
import { getBreakdowns } from "@/lib/tallies/breakdowns";

// Rendered once and shared for up to a second, however many people open it at once: a viral
// campaign costs a render a second, not one per visitor. Confirming or withdrawing a signature
// refreshes it at once for that signer (revalidatePath in the server actions).
export const revalidate = 1;

// No campaign is rendered at build time (there is no database then); each is rendered on first
// visit and then cached.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) return { title: "Campaign not found" };
  return { title: campaign.title, description: campaign.summary };
}

export default async function CampaignPage({ params }: Props) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) notFound();
  const state = signingState(campaign);
  const open = state === "open";
  const [breakdowns, recent, updates] = await Promise.all([
    getBreakdowns(campaign.id),
    campaign.listNamesPublicly ? listPublicSignatories(campaign.id, { page: 1, search: "" }) : { signatories: [], hasNextPage: false },
    listCampaignUpdates(campaign.id),
  ]);
  return (
    <>
      <Suspense fallback={null}>
        <FlashNotice />
      </Suspense>
      <CampaignPageContent
        campaign={campaign}
        updates={updates}
        breakdowns={breakdowns}
        signatories={recent.signatories}
        state={state}
        count={<LiveCount slug={campaign.slug} goal={campaign.goal} milestones={campaign.milestones} tally={campaign.tally} />}
        signing={
          <>
            <h2 id="sign">
              {open
                ? campaign.kind === "declaration"
                  ? "Sign the declaration"
                  : "Sign the petition"
                : state === "upcoming"
                  ? "Signing opens soon"
                  : "Signing has closed"}
            </h2>
            {state === "upcoming" ? (
              <p data-testid="opens-at">This campaign takes signatures from {openingLabel(campaign.opensAt!)}. Come back then.</p>
            ) : open ? (
              <SignForm
                campaignUrl={`${getEnv().APP_URL}/campaigns/${campaign.slug}`}
                permalink={`/campaigns/${campaign.slug}#sign`}
                campaignSlug={campaign.slug}
                campaignTitle={campaign.title}
                signerFields={campaign.signerFields}
                listNamesPublicly={campaign.listNamesPublicly}
                countries={countryOptions()}
                intro={
                  campaign.kind === "declaration" && (
                    <p className="muted">This declaration is for elected officials: please give your office and municipality.</p>
                  )
                }
              />
            ) : (
              <p>This campaign no longer takes signatures. Its count stays as it was when it closed.</p>
            )}
          </>
        }
      />
    </>
  );
}
