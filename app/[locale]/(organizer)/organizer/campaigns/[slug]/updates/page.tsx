import { getTranslations } from "next-intl/server";
import { MailingForm } from "@/components/mailings/mailing-form";
import { MailingTable } from "@/components/mailings/mailing-table";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadMailingsPage } from "@/lib/mailings/page-data";
import { titleFrom } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = titleFrom("editor", "mailings.title");

export default async function MailingsPage({ params }: Props) {
  const { slug } = await params;
  const t = await getTranslations("editor.mailings");
  // A campaign the caller may not see answers exactly like one that does not exist.
  const { campaign, canEdit, mailings, recipients } = await requirePage(
    await loadMailingsPage(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/updates`,
  );
  return (
    <>
      <CampaignHeader campaign={campaign} section="updates" heading={t("title")} />
      <p className="lead">{t("lead", { count: recipients })}</p>
      <h2>{t("sentAndDrafts")}</h2>
      <MailingTable campaignSlug={campaign.slug} mailings={mailings} />
      {canEdit && (
        <section aria-labelledby="new-mailing-title">
          <h2 id="new-mailing-title">{t("write")}</h2>
          <p>{t("writeIntro")}</p>
          <MailingForm campaignSlug={campaign.slug} />
        </section>
      )}
    </>
  );
}
