import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UnsubscribeForm } from "@/components/mailings/unsubscribe-form";
import { Link } from "@/lib/i18n/navigation";
import { findUnsubscribeTarget } from "@/lib/mailings/unsubscribe";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signing.unsubscribe" });
  return { title: t("title"), robots: { index: false } };
}

// The link at the foot of every update. Opening it only shows a button: mail scanners open links,
// and must not unsubscribe anyone.
export default async function UnsubscribePage({ params }: Params) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signing.unsubscribe");
  const target = await findUnsubscribeTarget(token);
  switch (target.kind) {
    case "sample":
      return (
        <>
          <h1>{t("title")}</h1>
          <p>{t("sample")}</p>
        </>
      );
    case "invalid":
      return (
        <>
          <h1>{t("invalidTitle")}</h1>
          <p>{t("invalidBody")}</p>
        </>
      );
    case "gone":
      return (
        <>
          <h1>{t("title")}</h1>
          <p>{t("gone")}</p>
        </>
      );
    case "found": {
      const link = (chunks: ReactNode) => (
        <Link href={`/campaigns/${target.campaignSlug}`}>
          <bdi>{chunks}</bdi>
        </Link>
      );
      return (
        <>
          <h1>{t("title")}</h1>
          <p className="lead">{t.rich("lead", { title: target.campaignTitle, link })}</p>
          {target.subscribed ? (
            <>
              <p>{t("explain")}</p>
              <ClientMessages locale={locale as Locale} set="token">
                <UnsubscribeForm token={token} />
              </ClientMessages>
            </>
          ) : (
            <p className="notice" role="status" data-testid="unsubscribe-done">
              {t("done")}
            </p>
          )}
        </>
      );
    }
  }
}
