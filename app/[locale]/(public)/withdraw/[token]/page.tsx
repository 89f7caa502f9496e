import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TokenActionForm } from "@/components/signing/token-action-form";
import { Link } from "@/lib/i18n/navigation";
import { withdrawSignatureAction } from "@/lib/signing/actions";
import { findSignatureByWithdrawToken } from "@/lib/signing/queries";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signing.withdraw" });
  return { title: t("title"), robots: { index: false } };
}

export default async function WithdrawPage({ params }: Params) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signing.withdraw");
  const tManage = await getTranslations("signing.manage");
  const signature = await findSignatureByWithdrawToken(token);
  if (!signature) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalidBody")}</p>
      </>
    );
  }
  const link = (chunks: ReactNode) => (
    <Link href={`/campaigns/${signature.campaignSlug}`}>
      <bdi>{chunks}</bdi>
    </Link>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t.rich("lead", { title: signature.campaignTitle, link })}</p>
      <p>{t(signature.status === "confirmed" ? "confirmed" : signature.status === "invalidated" ? "invalidated" : "pending")}</p>
      <ClientMessages locale={locale as Locale} set="token">
        <TokenActionForm token={token} action={withdrawSignatureAction} label={t("button")} variant="warning" />
      </ClientMessages>
      <p>{tManage.rich("elsewhere", { link: (chunks: ReactNode) => <Link href="/signatures/manage">{chunks}</Link> })}</p>
    </>
  );
}
