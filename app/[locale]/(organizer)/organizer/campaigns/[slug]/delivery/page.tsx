import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PrepareDeliveryForm } from "@/components/delivery/prepare-delivery-form";
import { SnapshotTable } from "@/components/delivery/snapshot-table";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadDeliveryPage } from "@/lib/delivery/page-data";
import { formatterFor } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("delivery.organizer");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ slug: string }> };

/** Prepare delivery (issue #14): the campaign's packs, and a new one for its editors and owners. */
export default async function DeliveryPage({ params }: Props) {
  const { slug } = await params;
  const { campaign, translations, snapshots, mayPrepare } = await requirePage(
    await loadDeliveryPage(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/delivery`,
  );
  const t = await getTranslations("delivery.organizer");
  const format = formatterFor(await getLocale());
  const working = snapshots.some((snapshot) => snapshot.status === "queued" || snapshot.status === "running");
  return (
    <>
      {/* While a pack is made the page reloads itself: progress without JavaScript. */}
      {working && <meta httpEquiv="refresh" content="4" />}
      <CampaignHeader campaign={campaign} section="delivery" heading={t("title")} />
      <p>{t("intro", { algorithm: "SHA-256" })}</p>
      <section aria-labelledby="prepare-title">
        <h2 id="prepare-title">{t("prepareTitle")}</h2>
        {!mayPrepare ? (
          <p className="muted">{t("viewerNote")}</p>
        ) : campaign.status === "draft" ? (
          <p className="muted">{t("draftNote")}</p>
        ) : (
          <PrepareDeliveryForm
            campaignSlug={campaign.slug}
            languageName={format.language(campaign.language)}
            translations={translations.filter((code) => code !== campaign.language).map((code) => ({ code, name: format.language(code) }))}
          />
        )}
      </section>
      <section aria-labelledby="packs-title">
        <h2 id="packs-title">{t("historyTitle")}</h2>
        {working && (
          <p className="notice" role="status">
            {t("queuedNotice")} {t("refreshing")}
          </p>
        )}
        <SnapshotTable campaignSlug={campaign.slug} snapshots={snapshots} />
      </section>
    </>
  );
}
