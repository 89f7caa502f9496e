import { getTranslations } from "next-intl/server";
import { DashboardBreakdowns } from "@/components/dashboard/dashboard-breakdowns";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { UtmTable } from "@/components/dashboard/utm-table";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadCampaignDashboard } from "@/lib/dashboard/page-data";
import { titleFrom } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = titleFrom("editor", "dashboard.metaTitle");

export default async function CampaignDashboardPage({ params }: Props) {
  const { slug } = await params;
  const t = await getTranslations("editor.dashboard");
  const dashboard = await requirePage(await loadCampaignDashboard(await getCurrentUser(), slug), `/organizer/campaigns/${slug}/dashboard`);
  // The CSV file is the same in every language: its address needs no language prefix.
  const base = `/organizer/campaigns/${encodeURIComponent(dashboard.campaign.slug)}`;
  return (
    <>
      <CampaignHeader campaign={dashboard.campaign} section="dashboard" heading={t("heading")} />
      <KeyFigures dashboard={dashboard} />
      <h2>{t("export")}</h2>
      {dashboard.canExport ? (
        <>
          <p>{t("exportIntro")}</p>
          <ul className="page-actions">
            <li>
              <a href={`${base}/export.csv`} className="button button-secondary" data-testid="export-link">
                {t("exportLink")}
              </a>
            </li>
            <li>
              <a href={`${base}/export.csv?include=invalidated`}>{t("exportInvalidated")}</a>
            </li>
          </ul>
        </>
      ) : (
        <p className="muted">{t("exportNotAllowed")}</p>
      )}
      <h2>{t("detail")}</h2>
      <p className="muted">{t("detailNote")}</p>
      <DashboardBreakdowns campaignId={dashboard.campaign.id} breakdowns={dashboard.breakdowns} kind={dashboard.campaign.kind} />
      <section aria-labelledby="dashboard-utm-title">
        <h3 id="dashboard-utm-title">{t("byUtm")}</h3>
        <UtmTable rows={dashboard.utm} />
      </section>
    </>
  );
}
