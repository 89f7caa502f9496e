import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignPageContent } from "@/components/campaigns/campaign-page-content";
import { CampaignProgress } from "@/components/campaigns/campaign-progress";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { campaignPath, campaignTrail } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadCampaignPreview } from "@/lib/campaigns/page-data";
import { signingState } from "@/lib/campaigns/status";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "editor" });
  return { title: t("preview.metaTitle"), robots: { index: false } };
}

/** The public page's content as the team's preview, whatever the status: drafts included. Signing is off. */
export default async function CampaignPreviewPage({ params }: Props) {
  const { slug } = await params;
  const t = await getTranslations("editor");
  const { campaign, updates, breakdowns, signatories } = await requirePage(
    await loadCampaignPreview(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/preview`,
  );
  return (
    <>
      <Breadcrumb trail={[...campaignTrail(campaign), { href: campaignPath(campaign.slug, "edit"), label: t("sections.settingsAndStatus") }]} />
      <div className="notice notice-warning" role="note" data-testid="preview-banner">
        <p>
          {t.rich("preview.banner", {
            status: t(`status.${campaign.status}`),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}{" "}
          <Link href={campaignPath(campaign.slug, "edit")}>{t("preview.back")}</Link>
        </p>
      </div>
      <CampaignPageContent
        campaign={campaign}
        updates={updates}
        breakdowns={breakdowns}
        signatories={signatories}
        state={signingState(campaign)}
        count={<CampaignProgress tally={campaign.tally} goal={campaign.goal} milestones={campaign.milestones} />}
        signing={
          <>
            <h2>{t(`preview.sign.${campaign.kind}`)}</h2>
            <p className="muted" data-testid="preview-no-signing">
              {t("preview.noSigning")}
            </p>
          </>
        }
      />
    </>
  );
}
