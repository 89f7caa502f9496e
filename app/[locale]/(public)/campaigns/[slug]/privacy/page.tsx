import type { Metadata } from "next";
import type { ReactNode } from "react";
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
  const link = (href: string) => (chunks: ReactNode) => <Link href={href}>{chunks}</Link>;
  return (
    <article className="privacy">
      <h1>{t("campaignTitle", { title: campaign.title })}</h1>
      <p className="lead">{t.rich("campaignLead", { title: campaign.title, link: link(`/campaigns/${campaign.slug}`) })}</p>
      <p>{t.rich("siteNotice", { link: link("/privacy") })}</p>
      <PrivacyNotice
        locale={locale}
        controller={getDataController()}
        confirmationDays={getEnv().CONFIRMATION_TOKEN_TTL_DAYS}
        campaign={{ details: askedDetails(campaign.signerFields), retention: retentionOf(campaign) }}
      />
    </article>
  );
}
