import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { hasLocalePrefix } from "@/lib/auth/sign-in-path";
import { callbackPathSchema } from "@/lib/auth/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, localePath, type Locale } from "@/lib/i18n/routing";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signin" });
  return { title: t("metaTitle") };
}

// Auth.js sends its errors here (pages.error, in the reader's language: lib/auth/auth.ts): the
// codes it uses for email sign-in, and their messages in the catalog.
const ERRORS: Record<string, "accessDenied" | "verification"> = {
  AccessDenied: "accessDenied",
  Verification: "verification",
};

export default async function SignInPage({
  params: pageParams,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await pageParams;
  const params = await searchParams;
  const t = await getTranslations({ locale, namespace: "auth.signin" });
  const tForms = await getTranslations({ locale, namespace: "common.forms" });
  const requested = callbackPathSchema.parse(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  // A path without a language prefix comes back in the language of this page: an organizer who
  // asks for a link on /fr/signin lands back in French.
  const callbackUrl = hasLocalePrefix(requested) || !isLocale(locale) ? requested : localePath(locale, requested);
  const error = typeof params.error === "string" ? t(`errors.${ERRORS[params.error] ?? "other"}`) : null;
  const user = await getCurrentUser();
  return (
    <>
      <h1>{t("title")}</h1>
      {params.signedOut && (
        <p className="notice" role="status">
          {t("signedOut")}
        </p>
      )}
      {error && (
        <div className="error-summary" data-testid="signin-error">
          <h2>{tForms("problem")}</h2>
          <p>{error}</p>
        </div>
      )}
      {user ? (
        <p>
          {t.rich("signedInAs", {
            email: user.email,
            bdi: (chunks) => <bdi>{chunks}</bdi>,
            link: (chunks) => <Link href="/organizer">{chunks}</Link>,
          })}
        </p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <ClientMessages locale={locale as Locale} set="signIn">
            <SignInForm callbackUrl={callbackUrl} />
          </ClientMessages>
        </>
      )}
    </>
  );
}
