import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IntegrityReportView } from "@/components/integrity/integrity-report";
import { getLocalizedCampaignBySlug } from "@/lib/campaigns/queries";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { getIntegrityReport } from "@/lib/integrity/report";

// Anonymous and public: rendered at most once a minute per language, from a report each process
// computes at most once every few minutes (lib/integrity/report.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "campaign.integrity" });
  const campaign = await getLocalizedCampaignBySlug(slug, locale);
  return { title: campaign ? t("metaTitle", { title: campaign.title }) : t("title") };
}

export default async function IntegrityPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = await getLocalizedCampaignBySlug(slug, locale);
  if (!campaign) notFound();
  const [t, report] = await Promise.all([getTranslations("campaign.integrity"), getIntegrityReport(campaign.id)]);
  return (
    <>
      <p className="caption">
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p className="muted" data-testid="computed-at">
        {t.rich("computedAt", {
          time: formatterFor(locale).dateTime(report.computedAt),
          json: (chunks) => <a href={`/api/v1/campaigns/${campaign.slug}/integrity`}>{chunks}</a>,
        })}
      </p>
      <IntegrityReportView report={report} />
    </>
  );
}
