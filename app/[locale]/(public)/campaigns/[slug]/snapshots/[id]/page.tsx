import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SnapshotFacts } from "@/components/delivery/snapshot-facts";
import { getLocalizedCampaignBySlug } from "@/lib/campaigns/queries";
import { loadPublicSnapshot } from "@/lib/delivery/page-data";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";

// The page a delivery pack's QR code opens (issue #14): what the pack counted, and how to check a
// copy of it against the platform. Public, like the campaign; only finished packs exist here.

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "delivery.snapshot" });
  const [found, campaign] = await Promise.all([loadPublicSnapshot(slug, id), getLocalizedCampaignBySlug(slug, locale)]);
  if (!found || !campaign) return {};
  return { title: t("metaTitle", { date: formatterFor(locale).date(found.snapshot.createdAt), title: campaign.title }) };
}

export default async function SnapshotPage({ params }: Props) {
  const { locale, slug, id } = await params;
  setRequestLocale(locale);
  const [found, campaign] = await Promise.all([loadPublicSnapshot(slug, id), getLocalizedCampaignBySlug(slug, locale)]);
  if (!found || !campaign) notFound();
  const t = await getTranslations("delivery.snapshot");
  return (
    <>
      <p className="caption">
        <Link href={`/campaigns/${campaign.slug}`}>{t("campaignLink", { title: campaign.title })}</Link>
      </p>
      <h1>{t("title", { date: formatterFor(locale).date(found.snapshot.createdAt) })}</h1>
      <p className="lead">{t("intro")}</p>
      <SnapshotFacts campaignSlug={campaign.slug} snapshot={found.snapshot} />
    </>
  );
}
