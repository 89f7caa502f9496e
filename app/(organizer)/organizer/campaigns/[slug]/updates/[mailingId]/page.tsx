import type { Metadata } from "next";
import { MailingForm } from "@/components/mailings/mailing-form";
import { MailingPreview } from "@/components/mailings/mailing-preview";
import { SendMailingForm } from "@/components/mailings/send-mailing-form";
import { TestMailingForm } from "@/components/mailings/test-mailing-form";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadMailingPage } from "@/lib/mailings/page-data";

export const metadata: Metadata = { title: "Update to signers" };

const number = new Intl.NumberFormat("en");

type Props = { params: Promise<{ slug: string; mailingId: string }> };

export default async function MailingPage({ params }: Props) {
  const { slug, mailingId } = await params;
  const { campaign, canEdit, mailing, preview, progress, recipients } = requirePage(
    await loadMailingPage(await getCurrentUser(), slug, mailingId),
    `/organizer/campaigns/${slug}/updates/${mailingId}`,
  );
  const draft = mailing.status === "draft";
  return (
    <>
      <CampaignHeader campaign={campaign} section="updates" below heading={`${draft ? "Draft update" : "Update"}: ${mailing.subject}`} />
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="mailing-status">{mailing.status}</dd>
        {progress && (
          <>
            <dt>Recipients</dt>
            <dd>{number.format(mailing.recipients ?? 0)}</dd>
            <dt>Progress</dt>
            <dd data-testid="mailing-progress">
              {number.format(progress.sent)} sent, {number.format(progress.queued)} queued, {number.format(progress.skipped)} skipped (unsubscribed or
              set aside since), {number.format(progress.failed)} failed
            </dd>
          </>
        )}
      </dl>
      {mailing.status === "sending" && (
        <p className="notice" role="status">
          This update is being sent, in batches. Reload the page to see how far it has got.
        </p>
      )}
      {draft && canEdit && (
        <section aria-labelledby="edit-mailing-title">
          <h2 id="edit-mailing-title">Edit</h2>
          <MailingForm campaignSlug={campaign.slug} mailingId={mailing.id} subject={mailing.subject} body={mailing.body} />
        </section>
      )}
      <MailingPreview preview={preview} />
      {canEdit && (
        <section aria-labelledby="test-mailing-title">
          <h2 id="test-mailing-title">Send a test</h2>
          <p>The update as signers get it, to your own address only. It is not counted and no signer gets it.</p>
          <TestMailingForm campaignSlug={campaign.slug} mailingId={mailing.id} />
        </section>
      )}
      {draft && canEdit && (
        <section aria-labelledby="send-mailing-title">
          <h2 id="send-mailing-title">Send</h2>
          <SendMailingForm campaignSlug={campaign.slug} mailingId={mailing.id} recipients={recipients} />
        </section>
      )}
    </>
  );
}
