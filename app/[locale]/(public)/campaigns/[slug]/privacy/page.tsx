import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { getLocalizedCampaignBySlug } from "@/lib/campaigns/queries";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { getDataController } from "@/lib/privacy/data-controller";
import { askedDetails, retentionOf } from "@/lib/privacy/notice";

// A campaign's privacy notice (issue #13): the site's, with exactly the details this campaign's form
// asks for and how long it keeps them. Shared for a minute like the other public pages: its facts
// change only when organizers edit the campaign.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = await getLocalizedCampaignBySlug(slug, locale);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: campaign ? t("campaignTitle", { title: campaign.title }) : t("siteTitle") };
}

export default async function CampaignPrivacyPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = await getLocalizedCampaignBySlug(slug, locale);
  if (!campaign) notFound();
  const t = await getTranslations("privacy");
  return (
    <article className="privacy">
      <p className="caption">
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.title}</Link>
      </p>
      <h1>{t("siteTitle")}</h1>
      <p className="lead">{t("campaignLead")}</p>
      <p>{t.rich("siteNotice", { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}</p>
      <PrivacyNotice
        locale={locale}
        controller={getDataController()}
        confirmationDays={getEnv().CONFIRMATION_TOKEN_TTL_DAYS}
        campaign={{ details: askedDetails(campaign.signerFields), retention: retentionOf(campaign) }}
      />
    </article>
  );
}
