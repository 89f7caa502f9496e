import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { LiveCount } from "@/components/campaigns/live-count";
import { FlashNotice } from "@/components/campaigns/flash-notice";
import { OfflineTallies } from "@/components/campaigns/offline-tallies";
import { SignForm } from "@/components/signatures/sign-form";
import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { isAcceptingSignatures } from "@/lib/campaigns/status";
import { eventDateLabel } from "@/lib/events/date-label";
import { getEnv } from "@/lib/env";
import { listPublicSignatories } from "@/lib/signatories/queries";
import { getBreakdowns } from "@/lib/tallies/breakdowns";
import { SignatoryList } from "@/components/signatories/signatory-list";
import { CampaignBreakdowns } from "@/components/tallies/campaign-breakdowns";

const RECENT_SIGNATORIES = 10;

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
  return campaign ? { title: campaign.title, description: campaign.summary } : { title: "Campaign not found" };
}

export default async function CampaignPage({ params }: Props) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) notFound();
  const open = isAcceptingSignatures(campaign);
  const [breakdowns, recent] = await Promise.all([
    getBreakdowns(campaign.id),
    campaign.listNamesPublicly
      ? listPublicSignatories(campaign.id, { page: 1, search: "" })
      : { signatories: [], hasNextPage: false },
  ]);
  return (
    <>
      <Suspense fallback={null}>
        <FlashNotice />
      </Suspense>
      <p className="caption">
        <span className={open ? "tag" : "tag tag-closed"}>{open ? "Open" : "Closed"}</span>
        {campaign.kind === "declaration" ? "Declaration of elected officials" : "Petition"}
      </p>
      <h1>{campaign.title}</h1>
      <p className="lead">{campaign.summary}</p>
      <div className="grid grid-2-1">
        <div>
          <h2>Addressed to</h2>
          <ul>
            {campaign.decisionMakers.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <h2>{campaign.kind === "declaration" ? "The declaration" : "The petition"}</h2>
          <div className="statement">{campaign.statement}</div>
          <h2>Who has signed</h2>
          <CampaignBreakdowns breakdowns={breakdowns} kind={campaign.kind} />
          {campaign.listNamesPublicly && (
            <section aria-labelledby="signatories">
              <h2 id="signatories">Signatories</h2>
              {recent.signatories.length > 0 ? (
                <SignatoryList signatories={recent.signatories.slice(0, RECENT_SIGNATORIES)} />
              ) : (
                <p className="muted">Nobody has chosen to be listed yet.</p>
              )}
              <p>
                <Link href={`/campaigns/${campaign.slug}/signatories`}>See and search all listed signatories</Link> ·{" "}
                <a href={`/api/v1/campaigns/${campaign.slug}/signatories.csv`}>download as CSV</a>
              </p>
            </section>
          )}
          {campaign.event && (
            <>
              <h2>The event it is built on</h2>
              <p>
                <Link href={`/events/${campaign.event.slug}`}>{campaign.event.title}</Link>
                <br />
                <span className="muted">
                  {eventDateLabel(campaign.event)} · {campaign.event.place}
                </span>
              </p>
              <p>The event page lists the speakers, the calls to action made there and the source reports.</p>
            </>
          )}
        </div>
        <aside aria-label="Signatures and signing">
          <div className="panel">
            <LiveCount slug={campaign.slug} goal={campaign.goal} tally={campaign.tally} />
          </div>
          <OfflineTallies tallies={campaign.offlineTallies} />
          <h2 id="sign">{open ? (campaign.kind === "declaration" ? "Sign the declaration" : "Sign the petition") : "Signing has closed"}</h2>
          {open ? (
            <SignForm
              campaignUrl={`${getEnv().APP_URL}/campaigns/${campaign.slug}`}
              campaignSlug={campaign.slug}
              campaignTitle={campaign.title}
              signerFields={campaign.signerFields}
              listNamesPublicly={campaign.listNamesPublicly}
            />
          ) : (
            <p>This campaign no longer takes signatures. Its count stays as it was when it closed.</p>
          )}
          {campaign.kind === "declaration" && open && (
            <p className="muted">This declaration is for elected officials: please give your office and municipality.</p>
          )}
        </aside>
      </div>
    </>
  );
}
