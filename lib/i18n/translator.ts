import { _createCache, _createIntlFormatters, type AbstractIntlMessages, createTranslator } from "use-intl/core";
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
  let translator = translators.get(known);
  if (!translator) {
    // One per language and process, with use-intl's caches of parsed messages and Intl formatters:
    // the outbox renders thousands of emails a minute in a surge, and parsing each message anew
    // cost about 0.2 ms a call.
    const cache = _createCache();
    translator = createTranslator({
      locale: known,
      messages: CATALOGS[known] as unknown as AbstractIntlMessages,
      timeZone: "UTC",
      _cache: cache,
      _formatters: _createIntlFormatters(cache),
    }) as unknown as Translator;
    translators.set(known, translator);
  }
  return translator;
}

const translators = new Map<Locale, Translator>();
