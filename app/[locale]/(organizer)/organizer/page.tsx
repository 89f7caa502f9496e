import type { Metadata } from "next";
import { getTranslations, getLocale } from "next-intl/server";
import { ApiKeysSection } from "@/components/organizers/api-keys-section";
import { OrganizerCampaignTable } from "@/components/organizers/campaign-table";
import { redirectToSignIn } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { loadOrganizerHome } from "@/lib/organizers/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organizer.home");
  return { title: t("metaTitle") };
}

export default async function OrganizerDashboardPage() {
  const result = await loadOrganizerHome(await getCurrentUser());
  if (!result.ok) redirectToSignIn("/organizer", await getLocale());
  const t = await getTranslations("organizer.home");
  const { campaigns, isAdmin, apiKeys } = result.value;
  const heading = isAdmin ? t("headingAll") : t("headingOwn");
  return (
    <>
      <h1>{heading}</h1>
      <div className="page-actions">
        <Link href="/organizer/campaigns/new" className="button">
          {t("newCampaign")}
        </Link>
      </div>
      {campaigns.length === 0 ? (
        <p className="notice notice-info" data-testid="no-campaigns">
          {t("noCampaigns")}
        </p>
      ) : (
        <>
          <OrganizerCampaignTable campaigns={campaigns} caption={heading} />
          <p className="muted small">{t("legend")}</p>
        </>
      )}
      <ApiKeysSection apiKeys={apiKeys} />
    </>
  );
}
