import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MySignatureCard } from "@/components/my-signatures/my-signature-card";
import { Link } from "@/lib/i18n/navigation";
import { type Locale, localePath } from "@/lib/i18n/routing";
import { ACCESS_LINK_TTL_MINUTES } from "@/lib/my-signatures/mutations";
import { findSignerAccess, listMySignatures } from "@/lib/my-signatures/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The page's address is a secret: not indexed, and not sent on to the sites it links to. Its
// headers (no-store, strict-origin, noindex) are set in next.config.mjs (privateLinkPage says why
// strict-origin and not no-referrer); the meta tag says the same.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signing.manage.page" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "strict-origin" };
}

const DONE = ["withdrawn", "updatesOn", "updatesOff"] as const;

// "Manage my signatures" (issue #13), opened from the emailed link. Opening it changes nothing (mail
// scanners open links); each change is a POST carrying the token, checked again by the action.
export default async function MySignaturesPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signing.manage.page");
  const access = await findSignerAccess(token);
  if (!access) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p>{t.rich("invalidBody", { link: (chunks: ReactNode) => <Link href="/signatures/manage">{chunks}</Link> })}</p>
      </>
    );
  }
  const signatures = await listMySignatures(access.emailCanonical, locale as Locale);
  const { done } = await searchParams;
  const notice = DONE.find((kind) => kind === done);
  return (
    <>
      <h1>{t("title")}</h1>
      {notice && (
        <p className="notice" role="status" data-testid="manage-done">
          {t(`done.${notice}`)}
        </p>
      )}
      <p className="lead">{t.rich("lead", { email: access.emailCanonical, address: (chunks: ReactNode) => <bdi dir="ltr">{chunks}</bdi> })}</p>
      <p className="muted">{t("private", { minutes: ACCESS_LINK_TTL_MINUTES })}</p>
      <h2>{t("count", { count: signatures.length })}</h2>
      {signatures.length === 0 ? (
        <p className="notice notice-info">{t("none")}</p>
      ) : (
        <ClientMessages locale={locale as Locale} set="manage">
          <ul className="card-list">
            {signatures.map((signature) => (
              <li key={signature.id}>
                <MySignatureCard signature={signature} token={token} locale={locale} />
              </li>
            ))}
          </ul>
        </ClientMessages>
      )}
      <section className="panel" aria-labelledby="my-data-title">
        <h2 id="my-data-title">{t("dataTitle")}</h2>
        <p>{t("dataBody")}</p>
        {/* A plain link to a route handler: nothing prefetches it, and it works without JavaScript. */}
        <a className="button button-secondary" href={localePath(locale as Locale, `/signatures/manage/${token}/data`)} download data-testid="my-data">
          {t("download")}
        </a>
      </section>
    </>
  );
}
