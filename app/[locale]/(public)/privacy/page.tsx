import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { getEnv } from "@/lib/env";
import { getDataController } from "@/lib/privacy/data-controller";

// Rendered at request time: it names the data controller of the running deployment (its
// environment), not of the machine that built it. No database read.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("siteTitle") };
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  return (
    <article className="privacy">
      <h1>{t("siteTitle")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("campaignPages")}</p>
      <PrivacyNotice locale={locale} controller={getDataController()} confirmationDays={getEnv().CONFIRMATION_TOKEN_TTL_DAYS} />
    </article>
  );
}
