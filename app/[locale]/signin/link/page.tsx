import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signInLinkSchema } from "@/lib/auth/schema";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.link" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Where a sign-in email leads (issue #13, finding 5): opening it spends nothing, so a mail scanner
 * that fetches every link leaves the link working. The button sends the token to Auth.js's own
 * callback, which signs the reader in once and checks the token itself.
 */
export default async function SignInLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("auth.link");
  const parsed = signInLinkSchema.safeParse(await searchParams);
  if (!parsed.success) {
    return (
      <div className="error-summary" data-testid="signin-link-invalid">
        <h1>{t("title")}</h1>
        <p>{t.rich("invalid", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}</p>
      </div>
    );
  }
  const { token, email, callbackUrl } = parsed.data;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">
        {t.rich("lead", {
          email,
          strong: (chunks) => (
            <strong>
              <bdi>{chunks}</bdi>
            </strong>
          ),
        })}
      </p>
      <p className="muted">{t("why")}</p>
      <form method="get" action="/api/auth/callback/resend">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <button type="submit" className="button">
          {t("button")}
        </button>
      </form>
    </>
  );
}
