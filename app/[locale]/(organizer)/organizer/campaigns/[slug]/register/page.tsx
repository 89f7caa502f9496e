import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { RegisterReviewTable } from "@/components/register/register-review-table";
import { ActionButton } from "@/components/ui/action-button";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { recheckRegisterAction } from "@/lib/register/actions";
import { loadRegisterReviewPage } from "@/lib/register/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("register.review");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ slug: string }> };

/** The campaign's signatures of officials checked against the register (issue #14): editors, owners and admins. */
export default async function RegisterReviewPage({ params }: Props) {
  const { slug } = await params;
  const { campaign, matches, unchecked } = await requirePage(
    await loadRegisterReviewPage(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/register`,
  );
  const t = await getTranslations("register.review");
  return (
    <>
      <CampaignHeader campaign={campaign} section="register" heading={t("title")} />
      <p>{t("intro")}</p>
      <p className="muted">{t("relation")}</p>
      {unchecked > 0 && (
        <div className="notice">
          <p>{t("unchecked", { count: unchecked })}</p>
          <ActionButton action={recheckRegisterAction} fields={{ campaignSlug: campaign.slug }} kind="secondary">
            {t("recheck")}
          </ActionButton>
        </div>
      )}
      {matches.length > 0 ? <RegisterReviewTable campaignSlug={campaign.slug} matches={matches} /> : <p className="muted">{t("noRegister")}</p>}
    </>
  );
}
