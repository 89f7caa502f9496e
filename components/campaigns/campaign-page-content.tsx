import Link from "next/link";
import type { ReactNode } from "react";
import { SignatoryList } from "@/components/signatory-list/signatory-list";
import { CampaignBreakdowns } from "@/components/tallies/campaign-breakdowns";
import type { CampaignDetail } from "@/lib/campaigns/queries";
import type { SigningState } from "@/lib/campaigns/status";
import type { CampaignUpdate } from "@/lib/db/schema";
import { eventDateLabel } from "@/lib/events/date-label";
import type { PublicSignatory } from "@/lib/signatory-list/queries";
import type { Breakdowns } from "@/lib/tallies/breakdowns";
import { CampaignUpdates } from "./campaign-updates";
import { FeaturedImage } from "./featured-image";
import { OfflineTallies } from "./offline-tallies";
import { OutcomeBadge } from "./outcome-badge";

const RECENT_SIGNATORIES = 10;

type Props = {
  campaign: CampaignDetail;
  updates: CampaignUpdate[];
  breakdowns: Breakdowns;
  signatories: PublicSignatory[];
  /** Whether it takes signatures now, later, or no more (lib/campaigns/status.ts). */
  state: SigningState;
  /** The count and progress bar: live on the public page, as rendered in the preview. */
  count: ReactNode;
  /** The signing part: the form, a closed notice, or the preview's stand-in. */
  signing: ReactNode;
};

/**
 * The campaign page's content, shared by the public page and the team's preview, so the preview
 * shows exactly what will be published. Counts are shown whatever the status: a closed campaign
 * keeps its count in view.
 */
const STATE_TAGS = { open: ["tag", "Open"], upcoming: ["tag", "Opening soon"], closed: ["tag tag-closed", "Closed"] } as const;

export function CampaignPageContent({ campaign, updates, breakdowns, signatories, state, count, signing }: Props) {
  const [tagClass, tagLabel] = STATE_TAGS[state];
  const declaration = campaign.kind === "declaration";
  // Phone first (issue #11). In reading order: what it is, the count with a way to sign, the summary
  // and the text being signed, the form, then everything else. On a wide screen the count and the form sit
  // beside the text, in the first screen (app/globals.css, .campaign-layout).
  return (
    <div className="campaign-layout">
      <header className="campaign-header">
        <p className="caption">
          <span className={tagClass}>{tagLabel}</span>
          <OutcomeBadge outcome={campaign.outcome} />
          {declaration ? "Declaration of elected officials" : "Petition"}
        </p>
        <h1>{campaign.title}</h1>
      </header>
      <section className="campaign-status panel" aria-label="Signatures">
        {count}
        {state === "open" && (
          <a href="#sign" className="button button-block campaign-cta">
            {declaration ? "Sign the declaration" : "Sign the petition"}
          </a>
        )}
      </section>
      <div className="campaign-text">
        <p className="lead">{campaign.summary}</p>
        <FeaturedImage url={campaign.featuredImageUrl} alt={campaign.featuredImageAlt} />
        <h2>Addressed to</h2>
        <ul>
          {campaign.decisionMakers.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        <h2>{declaration ? "The declaration" : "The petition"}</h2>
        <div className="statement">{campaign.statement}</div>
      </div>
      <section className="campaign-sign" aria-labelledby="sign">
        {signing}
      </section>
      <div className="campaign-more">
        <CampaignUpdates updates={updates} />
        <OfflineTallies tallies={campaign.offlineTallies} />
        <h2>Who has signed</h2>
        <CampaignBreakdowns breakdowns={breakdowns} kind={campaign.kind} />
        {campaign.listNamesPublicly && (
          <section aria-labelledby="signatories">
            <h2 id="signatories">Signatories</h2>
            {signatories.length > 0 ? (
              <SignatoryList signatories={signatories.slice(0, RECENT_SIGNATORIES)} />
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
    </div>
  );
}
