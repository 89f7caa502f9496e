import type { Metadata } from "next";
import { DashboardBreakdowns } from "@/components/dashboard/dashboard-breakdowns";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { UtmTable } from "@/components/dashboard/utm-table";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadCampaignDashboard } from "@/lib/dashboard/page-data";

export const metadata: Metadata = { title: "Campaign dashboard" };

export default async function CampaignDashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const dashboard = requirePage(await loadCampaignDashboard(await getCurrentUser(), slug), `/organizer/campaigns/${slug}/dashboard`);
  const base = `/organizer/campaigns/${encodeURIComponent(dashboard.campaign.slug)}`;
  return (
    <>
      <CampaignHeader campaign={dashboard.campaign} section="dashboard" heading="Dashboard" />
      <KeyFigures dashboard={dashboard} />
      <h2>Export</h2>
      {dashboard.canExport ? (
        <>
          <p>Confirmed and pending signatures, as a CSV file; email addresses only of signers who agreed to be contacted.</p>
          <ul className="page-actions">
            <li>
              <a href={`${base}/export.csv`} className="button button-secondary" data-testid="export-link">
                Export signatures (CSV)
              </a>
            </li>
            <li>
              <a href={`${base}/export.csv?include=invalidated`}>Export with invalidated signatures</a>
            </li>
          </ul>
        </>
      ) : (
        <p className="muted">The campaign&apos;s editors and owners can export its signatures.</p>
      )}
      <h2>Confirmed online signatures in detail</h2>
      <p className="muted">Figures may be a few seconds behind. Documented offline signatures are counted apart.</p>
      <DashboardBreakdowns breakdowns={dashboard.breakdowns} kind={dashboard.campaign.kind} />
      <section aria-labelledby="dashboard-utm-title">
        <h3 id="dashboard-utm-title">By utm tags</h3>
        <UtmTable rows={dashboard.utm} />
      </section>
    </>
  );
}
