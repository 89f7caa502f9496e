import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/organizers/audit-table";
import { Breadcrumb } from "@/components/organizers/breadcrumb";
import { SearchForm } from "@/components/ui/search-form";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadAuditLog } from "@/lib/audit/page-data";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organizer.audit");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

export default async function AuditLogPage({ searchParams }: Props) {
  const query = await searchParams;
  // Not an admin: a 404, like /admin.
  const { entries, campaignSlug, unknownCampaign, olderBefore } = await requirePage(
    await loadAuditLog(await getCurrentUser(), { campaign: one(query.campaign), before: one(query.before) }),
    "/admin/audit",
  );
  const t = await getTranslations("organizer");
  const older = new URLSearchParams({ ...(campaignSlug && { campaign: campaignSlug }), ...(olderBefore && { before: String(olderBefore) }) });
  return (
    <>
      <Breadcrumb trail={[{ href: "/admin", label: t("nav.admin") }]} />
      <h1>{t("audit.title")}</h1>
      <p>{t("audit.intro")}</p>
      <SearchForm
        id="audit-campaign"
        name="campaign"
        label={t("audit.searchLabel")}
        value={campaignSlug}
        maxLength={80}
        ariaLabel={t("audit.searchAria")}
        submit={t("audit.filter")}
        after={campaignSlug && <Link href="/admin/audit">{t("audit.everyCampaign")}</Link>}
      />
      {unknownCampaign ? (
        <p className="notice notice-warning" data-testid="audit-unknown-campaign">
          {t.rich("audit.unknownCampaign", { slug: campaignSlug, bdi })}
        </p>
      ) : entries.length === 0 ? (
        <p className="notice notice-info" data-testid="audit-empty">
          {campaignSlug ? t.rich("audit.emptyFor", { slug: campaignSlug, bdi }) : t("audit.empty")}
        </p>
      ) : (
        <AuditTable entries={entries} />
      )}
      {olderBefore && (
        <p>
          <Link href={`/admin/audit?${older}`} data-testid="audit-older">
            {t("audit.older")}
          </Link>
        </p>
      )}
    </>
  );
}
