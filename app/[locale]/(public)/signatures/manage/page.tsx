import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ManageLinkForm } from "@/components/my-signatures/manage-link-form";
import type { Locale } from "@/lib/i18n/routing";
import { ACCESS_LINK_TTL_MINUTES } from "@/lib/my-signatures/mutations";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signing.manage" });
  return { title: t("title") };
}

// Rendered per request, not prerendered: it then gets its own Content-Security-Policy nonce
// (proxy.ts), and it is a small form that no surge reads.
export const dynamic = "force-dynamic";

// "Manage my signatures" (issue #13): a signer asks for a link to every signature made with an
// address. The page answers the same whatever the address; the link goes to that address only.
export default async function ManageSignaturesPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signing.manage");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ClientMessages locale={locale as Locale} set="manage">
        <ManageLinkForm validMinutes={ACCESS_LINK_TTL_MINUTES} />
      </ClientMessages>
    </>
  );
}
