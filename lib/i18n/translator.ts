import { IntlMessageFormat } from "intl-messageformat";
import { reportError } from "@/lib/log/logger";
import { CATALOGS } from "./catalogs";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./routing";

type Values = Record<string, string | number | Date>;

/** A translator with keys as plain strings (the catalogs are not typed key by key), as use-intl's. */
export type Translator = {
  (key: string, values?: Values): string;
  /** Tags in the message become strings: `t.markup("k", { b: (chunks) => `<b>${chunks}</b>` })`, for emails' HTML. */
  markup(key: string, values?: Record<string, string | number | Date | ((chunks: string) => string)>): string;
  has(key: string): boolean;
};

/**
 * A root translator for code that runs outside a page: emails rendered by the outbox, the
 * production server's fast API routes, images. `translatorFor(signature.locale)("signing.email.subject", { title })`.
 *
 * The catalogs' ICU messages, formatted by intl-messageformat (the engine use-intl and next-intl
 * run on), each compiled once per language and process and kept. Not use-intl's own translator:
 * it rebuilds its formats and serialises them to a cache key on every call with values (6.6 µs a
 * call, 80 µs a confirmation email, a tenth of a core at 1,300 signatures a second, measured);
 * a kept message formats in 0.4–2 µs. Same behaviour as use-intl where the app relies on it:
 * messages without values or ICU syntax are returned as written, times are in UTC, numbers and
 * plurals follow the language (Persian digits in `fa`), tags call the functions given for them,
 * and a missing key or a formatting error gives the key back (reported in the log).
 */
export function translatorFor(locale: string): Translator {
  const known: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let translator = translators.get(known);
  if (!translator) {
    translator = createTranslator(known);
    translators.set(known, translator);
  }
  return translator;
}

const translators = new Map<Locale, Translator>();

/** ICU syntax that needs compiling: an argument, a tag, or an escape (as use-intl's hot path checks). */
const NEEDS_COMPILING = /['{}<#|]/;

function createTranslator(locale: Locale): Translator {
  const compiled = new Map<string, IntlMessageFormat | string | null>();
  const formatters = cachedFormatters();

  function message(key: string): IntlMessageFormat | string | null {
    let found = compiled.get(key);
    if (found === undefined) {
      const text = lookUp(CATALOGS[locale], key);
      found = text === null ? null : NEEDS_COMPILING.test(text) ? new IntlMessageFormat(text, locale, UTC_FORMATS, { formatters }) : text;
      compiled.set(key, found);
    }
    return found;
  }

  function format(key: string, values: Record<string, unknown> | undefined): string {
    try {
      const found = message(key);
      if (found === null) throw new Error(`No message "${key}" in the ${locale} catalog`);
      if (typeof found === "string") return found;
      const result = found.format(values as never);
      return typeof result === "string" ? result : Array.isArray(result) ? result.join("") : String(result);
    } catch (error) {
      reportError(error, { msg: "A message could not be formatted", key, locale });
      return key;
    }
  }

  const translate = ((key: string, values?: Values) => format(key, values)) as Translator;
  translate.markup = (key, values) => format(key, values);
  translate.has = (key) => message(key) !== null;
  return translate;
}

function lookUp(catalog: unknown, key: string): string | null {
  let node = catalog;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : null;
}

// intl-messageformat's named date and time formats, in UTC (the app's time zone, as next-intl's
// `timeZone: "UTC"` in lib/i18n/request.ts).
const inUtc = (formats: Record<string, Intl.DateTimeFormatOptions>) =>
  Object.fromEntries(Object.entries(formats).map(([name, options]) => [name, { timeZone: "UTC", ...options }]));
const UTC_FORMATS = { date: inUtc(IntlMessageFormat.formats.date), time: inUtc(IntlMessageFormat.formats.time) };

/** Intl formatters kept by locale and options for the process; dates and times in UTC, also for skeletons (`::HHmm`). */
function cachedFormatters() {
  const kept = new Map<string, unknown>();
  function keep<T>(kind: string, locales: string | string[], options: object | undefined, make: () => T): T {
    const key = `${kind}\n${String(locales)}\n${JSON.stringify(options ?? {})}`;
    let formatter = kept.get(key) as T | undefined;
    if (!formatter) {
      formatter = make();
      kept.set(key, formatter);
    }
    return formatter;
  }
  return {
    getNumberFormat: (locales: string | string[], options?: Intl.NumberFormatOptions) =>
      keep("number", locales, options, () => new Intl.NumberFormat(locales, options)),
    getDateTimeFormat: (locales: string | string[], options?: Intl.DateTimeFormatOptions) =>
      keep("date", locales, options, () => new Intl.DateTimeFormat(locales, { ...options, timeZone: options?.timeZone ?? "UTC" })),
    getPluralRules: (locales: string | string[], options?: Intl.PluralRulesOptions) =>
      keep("plural", locales, options, () => new Intl.PluralRules(locales, options)),
  };
}
