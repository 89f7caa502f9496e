import { DEFAULT_LOCALE, isLocale, type Locale, localePath, splitLocale } from "@/lib/i18n/routing";

// The addresses of signing in, in the reader's language (issue #12). Apart from redirect.ts so that
// the rest of lib/auth (and the unit tests) use them without Next.js's navigation runtime.

/**
 * The sign-in page in `locale`, coming back to `path` afterwards in the same language: for a French
 * reader, `/fr/signin?callbackUrl=%2Ffr%2Forganizer`. A path that already names a language keeps
 * it, and without a locale the sign-in page takes that language too.
 */
export function signInPath(path: string, locale?: string): string {
  const language = isLocale(locale) ? locale : callbackLocale(path);
  const callbackUrl = hasLocalePrefix(path) ? path : localePath(language, path);
  return `${localePath(language, "/signin")}?${new URLSearchParams({ callbackUrl })}`;
}

/** Whether a path on this site starts with a language prefix (`/fr/…`, `/fa/…`). */
export function hasLocalePrefix(path: string): boolean {
  return splitLocale(path).locale !== DEFAULT_LOCALE;
}

/**
 * The language of the page a sign-in comes back to: its callbackUrl, a path or an address on this
 * site (`/fr/organizer`, `https://site/fa/organizer`). English when there is none.
 */
export function callbackLocale(callbackUrl: string | null | undefined): Locale {
  if (!callbackUrl) return DEFAULT_LOCALE;
  try {
    return splitLocale(new URL(callbackUrl, "http://callback.invalid").pathname).locale;
  } catch {
    return DEFAULT_LOCALE;
  }
}
