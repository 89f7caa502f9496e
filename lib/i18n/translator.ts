import { type AbstractIntlMessages, createTranslator } from "use-intl/core";
import { CATALOGS } from "./catalogs";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./routing";

type Values = Record<string, string | number | Date>;

/** use-intl's translator, with keys as plain strings (the catalogs are not typed key by key). */
export type Translator = {
  (key: string, values?: Values): string;
  /** Tags in the message become strings: `t.markup("k", { b: (chunks) => `<b>${chunks}</b>` })`, for emails' HTML. */
  markup(key: string, values?: Record<string, string | number | Date | ((chunks: string) => string)>): string;
  has(key: string): boolean;
};

/**
 * A root translator for code that runs outside a page: emails rendered by the outbox, the
 * production server's fast API routes. `translatorFor(signature.locale)("signing.email.subject", { title })`.
 * From use-intl's core (next-intl's own engine) rather than next-intl, whose entry point imports
 * React's client hooks and fails to load in a server-only process.
 */
export function translatorFor(locale: string): Translator {
  const known: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return createTranslator({ locale: known, messages: CATALOGS[known] as unknown as AbstractIntlMessages, timeZone: "UTC" }) as unknown as Translator;
}
