import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientAddressTable } from "@/components/moderation/client-address-table";
import { HeldSignaturesSection } from "@/components/moderation/held-signatures-section";
import { InvalidateSignaturesForm } from "@/components/moderation/invalidate-signatures-form";
import { InvalidationList } from "@/components/moderation/invalidation-list";
import { SignatoryModerationSection } from "@/components/moderation/signatory-moderation-section";
import { TrendingTable } from "@/components/moderation/trending-table";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadModerationPage } from "@/lib/moderation/page-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organizer.moderation");
  return { title: t("metaTitle") };
}

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ModerationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { q, ...prefill } = await searchParams;
  // A campaign the caller may not see answers exactly like one that does not exist.
  const {
    campaign,
    canModerate,
    signatories,
    search,
    clientAddresses,
    invalidations,
    held,
    trending,
    prefill: filled,
  } = await requirePage(
    await loadModerationPage(await getCurrentUser(), slug, { search: typeof q === "string" ? q : "", prefill }),
    `/organizer/campaigns/${slug}/moderation`,
  );
  const t = await getTranslations("organizer.moderation");
  return (
    <>
      <CampaignHeader campaign={campaign} section="moderation" heading={t("heading")} />
      {!canModerate && <p className="notice notice-info">{t("viewerNotice")}</p>}
      <HeldSignaturesSection campaignSlug={campaign.slug} held={held} canModerate={canModerate} />
      <SignatoryModerationSection campaignSlug={campaign.slug} signatories={signatories} search={search} canModerate={canModerate} />
      <TrendingTable trending={trending} canModerate={canModerate} />
      <ClientAddressTable clientAddresses={clientAddresses} />
      <section aria-labelledby="invalidations-title">
        <h2 id="invalidations-title">{t("invalidationsTitle")}</h2>
        <p>{t("invalidationsIntro")}</p>
        {canModerate && (
          <>
            <h3 id="invalidate-filter">{t("byFilterTitle")}</h3>
            <InvalidateSignaturesForm key={JSON.stringify(filled)} campaignSlug={campaign.slug} prefill={filled} />
          </>
        )}
        <h3>{t("listTitle")}</h3>
        <InvalidationList campaignSlug={campaign.slug} invalidations={invalidations} canModerate={canModerate} />
      </section>
    </>
  );
}
