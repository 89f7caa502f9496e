import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveCount } from "@/components/campaigns/live-count";
import { ShareLinks } from "@/components/campaigns/share-links";
import { SignForm } from "@/components/signing/sign-form";
import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { openingLabel, signingState } from "@/lib/campaigns/status";
import { getEnv } from "@/lib/env";
import { countryOptions } from "@/lib/signing/countries";

// The widget organizers put on their own sites (/embed.js writes the iframe). Cached like the
// campaign page: a widget on a busy site costs a render a second, and the count keeps itself
// current by polling.
export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  return { title: campaign ? `Sign: ${campaign.title}` : "Campaign not found" };
}

export default async function EmbedCampaignPage({ params }: Props) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) notFound();
  const state = signingState(campaign);
  const open = state === "open";
  const campaignUrl = `${getEnv().APP_URL}/campaigns/${campaign.slug}`;
  return (
    <article className="embed-widget">
      <h1 className="embed-title">{campaign.title}</h1>
      <LiveCount slug={campaign.slug} goal={campaign.goal} milestones={campaign.milestones} tally={campaign.tally} />
      <div className="embed-sign">
        {open ? (
          <>
            <h2 id="sign" className="embed-sign-intro">
              {campaign.kind === "declaration" ? "Sign the declaration" : "Sign the petition"}
            </h2>
            <SignForm
              permalink={`/embed/campaigns/${campaign.slug}#sign`}
              countries={countryOptions()}
              intro={campaign.kind === "declaration" && <p className="muted">For elected officials: please give your office and municipality.</p>}
              campaignSlug={campaign.slug}
              campaignTitle={campaign.title}
              signerFields={campaign.signerFields}
              listNamesPublicly={campaign.listNamesPublicly}
            />
          </>
        ) : (
          <p>
            {state === "upcoming"
              ? `Signing opens on ${openingLabel(campaign.opensAt!)}.`
              : "Signing has closed. The count stays as it was when the campaign closed."}
          </p>
        )}
      </div>
      {/* Shown once the form has turned into "Check your email" (see app/globals.css). */}
      <section className="embed-share" aria-labelledby="embed-share-title">
        <h2 id="embed-share-title">Ask others to sign</h2>
        <ShareLinks url={campaignUrl} title={campaign.title} />
      </section>
      <p className="embed-footer">
        <a href={campaignUrl} target="_blank" rel="noopener">
          Read the full campaign<span className="visually-hidden"> (opens in a new tab)</span>
        </a>{" "}
        · Signatures count once confirmed by email.
      </p>
    </article>
  );
}
