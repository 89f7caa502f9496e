import type { Metadata } from "next";
import { ImportPaperForm } from "@/components/offline/import-paper-form";
import { OfflineTallyList } from "@/components/offline/offline-tally-list";
import { PaperColumnsGuide } from "@/components/offline/paper-columns-guide";
import { RecordTallyForm } from "@/components/offline/record-tally-form";
import { CampaignHeader, campaignPath } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { paperColumnGuide } from "@/lib/offline/paper-columns";
import { loadOfflinePage } from "@/lib/offline/page-data";
import { MAX_PAPER_FILE_BYTES, megabytes } from "@/lib/offline/schema";

export const metadata: Metadata = { title: "Offline signatures" };

const number = new Intl.NumberFormat("en-GB");

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OfflineSignaturesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  // Set by proxy.ts when an upload was too large to be read at all.
  const tooLarge = (await searchParams).upload === "too-large";
  const { campaign, canEdit, rules, tallies, tally } = requirePage(
    await loadOfflinePage(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/offline`,
  );
  return (
    <>
      <CampaignHeader campaign={campaign} section="offline" heading="Offline signatures" />
      <p>
        Signatures collected on paper or at events, documented by a source. They are shown apart from online signatures on the campaign page and added
        to its total.
      </p>
      <dl className="facts">
        <dt>Documented offline signatures</dt>
        <dd data-testid="offline-total">{number.format(tally.offline)}</dd>
        <dt>Total with confirmed online signatures</dt>
        <dd>{number.format(tally.total)}</dd>
      </dl>
      <section aria-labelledby="offline-list-title">
        <h2 id="offline-list-title">Recorded so far</h2>
        <OfflineTallyList campaignSlug={campaign.slug} tallies={tallies} canEdit={canEdit} />
      </section>
      {canEdit && tooLarge && (
        <p className="error-summary" role="alert" data-testid="upload-too-large">
          That file was too large to be sent: at most {megabytes(MAX_PAPER_FILE_BYTES)} can be imported at once. Nothing was imported. Split it into
          smaller files.
        </p>
      )}
      {canEdit ? (
        <>
          <RecordTallyForm campaignSlug={campaign.slug} />
          <ImportPaperForm
            campaignSlug={campaign.slug}
            guide={<PaperColumnsGuide columns={paperColumnGuide(rules)} exampleHref={`${campaignPath(campaign.slug, "offline")}/example.csv`} />}
          />
        </>
      ) : (
        <p className="notice notice-info">As a viewer of this campaign you can see its offline signatures; its editors and owners record them.</p>
      )}
    </>
  );
}
