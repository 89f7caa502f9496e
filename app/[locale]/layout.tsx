import type { Metadata } from "next";
import localFont from "next/font/local";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { getEnv } from "@/lib/env";
import { clientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { directionOf, routing } from "@/lib/i18n/routing";

// Persian text in Vazirmatn, shipped in the npm package and served by the app (no download at
// build time); fetched only by pages that show Persian (not preloaded).
const persian = localFont({
  src: "../../node_modules/vazirmatn/fonts/variable/Vazirmatn[wght].ttf",
  weight: "100 900",
  variable: "--font-persian",
  preload: false,
  display: "swap",
});

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Read at request time, not build time, so that preview images and canonical links carry the
// public address the server is configured with.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: new URL(getEnv().APP_URL),
    title: { default: t("siteName"), template: t("titleTemplate", { title: "%s" }) },
    description: t("siteDescription"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  const tManage = await getTranslations("signing.manage");
  return (
    <html lang={locale} dir={directionOf(locale)} className={persian.variable}>
      <body>
        <NextIntlClientProvider messages={clientMessages(locale, "frame")}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <header className="site-header">
            <div className="container">
              <Link href="/">{t("siteName")}</Link>
              <nav aria-label={t("mainNavigation")}>
                <ul>
                  <li>
                    <Link href="/">{t("campaigns")}</Link>
                  </li>
                </ul>
              </nav>
              <LanguageSwitcher origin={new URL(getEnv().APP_URL).origin} />
            </div>
          </header>
          <main id="main" className="container" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <div className="container">
              <p>{t("footer")}</p>
              <p className="footer-links">
                <Link href="/signatures/manage">{tManage("footerLink")}</Link>
                <Link href="/privacy">{t("privacy")}</Link>
              </p>
            </div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
