import { type Locale, isLocale, DEFAULT_LOCALE } from "./routing";

// The one place that formats numbers, dates, lists and country names for a reader (issue #12):
// nothing else calls `toLocale*` or builds an `Intl` formatter. Each locale's formatters are built
// once per process (building an Intl formatter costs far more than using one).
//
// - Persian gets Persian digits (۲٬۰۳۴) and dates in the Solar Hijri calendar, which `fa` uses by
//   default; an event's date also shows the Gregorian one beside it (۷ آذر ۱۳۹۶ / ۲۸ نوامبر ۲۰۱۷).
// - Dates are stored as UTC instants or ISO days and shown in UTC, as before: a day recorded for an
//   event is the same day for every reader.

type DateStyle = "long" | "short";

export type Formatter = {
  locale: Locale;
  number(value: number): string;
  percent(fraction: number): string;
  /** A size in mebibytes with at most one decimal: "5 MB". */
  megabytes(bytes: number): string;
  /** A day (an ISO `YYYY-MM-DD`, or an instant's UTC day). */
  date(value: string | Date, style?: DateStyle): string;
  /** A day in the reader's calendar and, for Persian, the Gregorian day beside it. */
  eventDate(isoDay: string): string;
  /** "2 Dec 2026, 20:15", in UTC (the screens that show it say "UTC" once, in a heading or label). */
  dateTime(value: Date): string;
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
  country(code: string): string;
  /** A language's name in the reader's language: "French", « persan », «انگلیسی». */
  language(code: string): string;
  /** Compares two strings with the locale's collation, for sorting what a reader scans. */
  compare(a: string, b: string): number;
};

const cache = new Map<Locale, Formatter>();

const dayOf = (value: string | Date): Date => (typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);

// English is written as the platform wrote it before (issue #11), the British way: 5 December 2026.
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr", fa: "fa" };

/**
 * French writes the first of a month as an ordinal, « le 1er novembre », never « le 1 novembre »;
 * Intl does not. Other days, and other languages, as Intl writes them.
 */
function withFrenchFirst(locale: Locale, format: Intl.DateTimeFormat): (value: Date) => string {
  if (locale !== "fr") return (value) => format.format(value);
  return (value) =>
    format
      .formatToParts(value)
      .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
      .join("");
}

function build(locale: Locale): Formatter {
  const tag = INTL_LOCALE[locale];
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const longDate = withFrenchFirst(locale, new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  const shortDate = withFrenchFirst(locale, new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }));
  const gregorian =
    locale === "fa" ? new Intl.DateTimeFormat("fa-u-ca-gregory", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }) : null;
  const dateTime = withFrenchFirst(
    locale,
    new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }),
  );
  const lists = {
    conjunction: new Intl.ListFormat(tag, { type: "conjunction" }),
    disjunction: new Intl.ListFormat(tag, { type: "disjunction" }),
  };
  const regions = new Intl.DisplayNames([tag], { type: "region" });
  const languages = new Intl.DisplayNames([tag], { type: "language" });
  const collator = new Intl.Collator(tag);
  return {
    locale,
    number: (value) => number.format(value),
    percent: (fraction) => percent.format(fraction),
    megabytes: (bytes) => `${oneDecimal.format(bytes / 1024 / 1024)} MB`,
    date: (value, style = "long") => (style === "long" ? longDate : shortDate)(dayOf(value)),
    eventDate: (isoDay) => {
      const day = dayOf(isoDay);
      const own = longDate(day);
      return gregorian ? `${own} / ${gregorian.format(day)}` : own;
    },
    dateTime: (value) => dateTime(value),
    list: (items, type = "conjunction") => lists[type].format(items),
    country: (code) => {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
    language: (code) => {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    },
    compare: (a, b) => collator.compare(a, b),
  };
}

/** The formatters of a locale; an unknown locale gets English's. */
export function formatterFor(locale: string): Formatter {
  const known = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let formatter = cache.get(known);
  if (!formatter) {
    formatter = build(known);
    cache.set(known, formatter);
  }
  return formatter;
}
