import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";

/** How long a sign-in link works: Resend's maxAge in lib/auth/auth.ts. */
const LINK_HOURS = 24;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.checkEmail" });
  return { title: t("metaTitle") };
}

// Whether the development mailbox exists is read when the page is asked for, not when it is built.
export const dynamic = "force-dynamic";

export default async function CheckEmailPage() {
  const t = await getTranslations("auth.checkEmail");
  return (
    <>
      <div className="notice" role="status">
        <h1>{t("title")}</h1>
        <p>{t("sent", { hours: LINK_HOURS })}</p>
        <p>{t("invitedOnly")}</p>
        <p>{t.rich("noEmail", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}</p>
      </div>
      {getEnv().devMailboxEnabled && (
        <div className="notice notice-info" data-testid="dev-mailbox-hint">
          <h2>{t("devTitle")}</h2>
          <p>{t.rich("devBody", { link: (chunks) => <Link href="/dev/mailbox">{chunks}</Link> })}</p>
        </div>
      )}
    </>
  );
}
