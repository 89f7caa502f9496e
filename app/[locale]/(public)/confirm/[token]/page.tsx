import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsentConfirmForm } from "@/components/signing/consent-confirm-form";
import { TokenActionForm } from "@/components/signing/token-action-form";
import { Link } from "@/lib/i18n/navigation";
import { confirmSignatureAction } from "@/lib/signing/actions";
import { CONSENT_TEXT_KEY } from "@/lib/signing/consent";
import { findSignatureByConfirmToken } from "@/lib/signing/queries";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signing.confirm" });
  return { title: t("title"), robots: { index: false } };
}

// Opening this page changes nothing: mail scanners open links. Confirmation is the POST behind the button.
export default async function ConfirmPage({ params }: Params) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signing.confirm");
  const tManage = await getTranslations("signing.manage");
  const signature = await findSignatureByConfirmToken(token);
  if (!signature) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalidBody")}</p>
      </>
    );
  }
  const campaign = {
    title: signature.campaignTitle,
    link: (chunks: ReactNode) => (
      <Link href={`/campaigns/${signature.campaignSlug}`}>
        <bdi>{chunks}</bdi>
      </Link>
    ),
  };
  if (signature.status === "confirmed") {
    return (
      <>
        <h1>{t("alreadyTitle")}</h1>
        <p>{t.rich("alreadyBody", campaign)}</p>
      </>
    );
  }
  if (signature.expired) {
    return (
      <>
        <h1>{t("expiredTitle")}</h1>
        <p>{t.rich("expiredBody", campaign)}</p>
      </>
    );
  }
  // A signature that came without consent (an OSDI client's, issue #13) counts only once its owner
  // gives it here; the others confirm with the button alone, as they always did.
  if (signature.consentRequired) {
    const root = await getTranslations();
    const privacy = root.rich("signing.signForm.privacy", {
      link: (chunks) => <Link href={`/campaigns/${signature.campaignSlug}/privacy`}>{chunks}</Link>,
    });
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="lead">{t.rich("lead", campaign)}</p>
        <p>{t("consentLead")}</p>
        <ClientMessages locale={locale as Locale} set="token">
          <ConsentConfirmForm
            token={token}
            action={confirmSignatureAction}
            privacy={privacy}
            labels={{
              legend: root("signing.signForm.consentLegend"),
              consent: root(CONSENT_TEXT_KEY),
              errorPrefix: root("signing.signForm.errorPrefix"),
              button: t("button"),
            }}
          />
        </ClientMessages>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t.rich("lead", campaign)}</p>
      <p>{t("body")}</p>
      <ClientMessages locale={locale as Locale} set="token">
        <TokenActionForm token={token} action={confirmSignatureAction} label={t("button")} />
      </ClientMessages>
      <p>{tManage.rich("elsewhere", { link: (chunks: ReactNode) => <Link href="/signatures/manage">{chunks}</Link> })}</p>
    </>
  );
}
