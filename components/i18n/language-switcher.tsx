"use client";

import { useLocale, useTranslations } from "next-intl";
import { LANGUAGE_NAMES as NAMES, LOCALE_COOKIE, LOCALES, type Locale, localePath } from "@/lib/i18n/routing";
import { usePathname } from "@/lib/i18n/navigation";

// The same page in the other languages, on every page. Plain links (a full load: the whole page,
// its metadata and direction change), each named in its own language. Choosing one remembers it
// for `/` (proxy.ts), for a year.

/**
 * `origin`: the site's public address (APP_URL), for the hreflang alternates, which search engines
 * want absolute. React puts those `<link>`s in the document's head.
 */
export function LanguageSwitcher({ origin }: { origin: string }) {
  const t = useTranslations("common");
  const current = useLocale() as Locale;
  // The path without its locale prefix (next-intl's usePathname).
  const path = usePathname();
  return (
    <>
      {LOCALES.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={`${origin}${localePath(locale, path)}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${origin}${path}`} />
      <nav aria-label={t("languages")} className="language-switcher">
        <ul>
          {LOCALES.map((locale) => (
            <li key={locale}>
              {locale === current ? (
                <span aria-current="true" lang={locale}>
                  {NAMES[locale]}
                </span>
              ) : (
                <a
                  href={localePath(locale, path)}
                  hrefLang={locale}
                  lang={locale}
                  onClick={() => {
                    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read only by proxy.ts for `/`
                    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
                  }}
                >
                  {NAMES[locale]}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
