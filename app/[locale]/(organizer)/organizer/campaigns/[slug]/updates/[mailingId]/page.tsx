import { getLocale, getTranslations } from "next-intl/server";
import { MailingForm } from "@/components/mailings/mailing-form";
import { MailingPreview } from "@/components/mailings/mailing-preview";
import { SendMailingForm } from "@/components/mailings/send-mailing-form";
import { TestMailingForm } from "@/components/mailings/test-mailing-form";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { formatterFor } from "@/lib/i18n/format";
import { loadMailingPage } from "@/lib/mailings/page-data";
import { titleFrom } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string; mailingId: string }> };

export const generateMetadata = titleFrom("editor", "mailings.mailing.metaTitle");

export default async function MailingPage({ params }: Props) {
  const { slug, mailingId } = await params;
  const t = await getTranslations("editor.mailings.mailing");
  const locale = await getLocale();
  const { number } = formatterFor(locale);
  const { campaign, canEdit, mailing, preview, progress, recipients } = await requirePage(
    await loadMailingPage(await getCurrentUser(), slug, mailingId, locale),
    `/organizer/campaigns/${slug}/updates/${mailingId}`,
  );
  const draft = mailing.status === "draft";
  return (
    <>
      <CampaignHeader
        campaign={campaign}
        section="updates"
        below
        heading={t.rich(draft ? "draftHeading" : "heading", { subject: mailing.subject, bdi: (chunks) => <bdi>{chunks}</bdi> })}
      />
      <dl className="facts">
        <dt>{t("status")}</dt>
        <dd data-testid="mailing-status">{t(`statuses.${mailing.status}`)}</dd>
        {progress && (
          <>
            <dt>{t("recipients")}</dt>
            <dd>{number(mailing.recipients ?? 0)}</dd>
            <dt>{t("progress")}</dt>
            <dd data-testid="mailing-progress">
              {t("progressDetail", {
                sent: number(progress.sent),
                queued: number(progress.queued),
                skipped: number(progress.skipped),
                failed: number(progress.failed),
              })}
            </dd>
          </>
        )}
      </dl>
      {mailing.status === "sending" && (
        <p className="notice" role="status">
          {t("sending")}
        </p>
      )}
      {draft && canEdit && (
        <section aria-labelledby="edit-mailing-title">
          <h2 id="edit-mailing-title">{t("edit")}</h2>
          <MailingForm campaignSlug={campaign.slug} mailingId={mailing.id} subject={mailing.subject} body={mailing.body} />
        </section>
      )}
      <MailingPreview preview={preview} />
      {canEdit && (
        <section aria-labelledby="test-mailing-title">
          <h2 id="test-mailing-title">{t("testHeading")}</h2>
          <p>{t("testIntro")}</p>
          <TestMailingForm campaignSlug={campaign.slug} mailingId={mailing.id} />
        </section>
      )}
      {draft && canEdit && (
        <section aria-labelledby="send-mailing-title">
          <h2 id="send-mailing-title">{t("sendHeading")}</h2>
          <SendMailingForm campaignSlug={campaign.slug} mailingId={mailing.id} recipients={recipients} />
        </section>
      )}
    </>
  );
}
