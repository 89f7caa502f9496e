import { defineRouting } from "next-intl/routing";

// The languages of the platform (issue #12): English, French and Persian. English, the language
// the platform spoke before, keeps the addresses it had (`/campaigns/{slug}`, links already in
// people's inboxes and embeds already on other sites); French and Persian carry a prefix
// (`/fr/campaigns/{slug}`, `/fa/events/{slug}`). Every address names its language, so a page is
// cached once per language and never varies by header or cookie. Only `/` negotiates, in proxy.ts,
// from the remembered choice and Accept-Language.
export const routing = defineRouting({
  locales: ["en", "fr", "fa"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  // proxy.ts negotiates `/` itself; anywhere else the address alone decides.
  localeDetection: false,
  // The switcher remembers a choice (components/i18n/language-switcher.tsx); a page response never
  // sets a cookie, which would keep it out of the page caches.
  localeCookie: false,
  // hreflang alternates are in each page's metadata (lib/i18n/alternates.ts), not in a Link header.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export const LOCALES: readonly Locale[] = routing.locales;

/** Each language named in itself, as a language menu names them (shown with its own `lang`). */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", fa: "فارسی" };
export const DEFAULT_LOCALE: Locale = routing.defaultLocale;

/** The cookie the language switcher sets, read when `/` negotiates. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The writing direction of a locale's script. */
export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "fa" ? "rtl" : "ltr";
}

/** The address of a page in a locale: `/fr/campaigns/x`; English keeps the bare path. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** Splits a locale prefix off a path: `/fa/events/x` → fa, `/events/x`; `/events/x` → en, itself. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const first = pathname.split("/", 2)[1];
  if (first && first !== DEFAULT_LOCALE && isLocale(first)) {
    const rest = pathname.slice(first.length + 1);
    return { locale: first, path: rest === "" ? "/" : rest };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/**
 * What marks a text written in `language` on a page in `pageLocale`: its language and direction
 * when they differ from the page's (an English campaign on a Persian page reads left to right, and a
 * screen reader voices it in English); nothing when they agree.
 */
export function contentAttributes(language: string, pageLocale: string): { lang?: string; dir?: "ltr" | "rtl" } {
  if (language === pageLocale || !isLocale(language)) return {};
  return { lang: language, dir: directionOf(language) };
}
