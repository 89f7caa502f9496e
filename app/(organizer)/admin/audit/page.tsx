import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/organizers/audit-table";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { SearchForm } from "@/components/ui/search-form";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadAuditLog } from "@/lib/audit/page-data";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AuditLogPage({ searchParams }: Props) {
  const query = await searchParams;
  // Not an admin: a 404, like /admin.
  const { entries, campaignSlug, unknownCampaign, olderBefore } = requirePage(
    await loadAuditLog(await getCurrentUser(), { campaign: one(query.campaign), before: one(query.before) }),
    "/admin/audit",
  );
  const older = new URLSearchParams({ ...(campaignSlug && { campaign: campaignSlug }), ...(olderBefore && { before: String(olderBefore) }) });
  return (
    <>
      <Breadcrumb trail={[{ href: "/admin", label: "Admin" }]} />
      <h1>Audit log</h1>
      <p>Every change organizers and admins made, newest first.</p>
      <SearchForm
        id="audit-campaign"
        name="campaign"
        label="Campaign slug"
        value={campaignSlug}
        maxLength={80}
        ariaLabel="Filter the audit log by campaign"
        submit="Filter"
        after={campaignSlug && <Link href="/admin/audit">Every campaign</Link>}
      />
      {unknownCampaign ? (
        <p className="notice notice-warning" data-testid="audit-unknown-campaign">
          No campaign has the slug “{campaignSlug}”.
        </p>
      ) : entries.length === 0 ? (
        <p className="notice notice-info" data-testid="audit-empty">
          {campaignSlug ? `Nothing has been changed on ${campaignSlug} yet.` : "Nothing has been changed yet."}
        </p>
      ) : (
        <AuditTable entries={entries} />
      )}
      {olderBefore && (
        <p>
          <Link href={`/admin/audit?${older}`} data-testid="audit-older">
            Older entries
          </Link>
        </p>
      )}
    </>
  );
}
