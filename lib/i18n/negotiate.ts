import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./routing";

/** The remembered choice if there is one, else the best language of Accept-Language we have, else English. */
export function preferredLocale(remembered: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(remembered)) return remembered;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.language && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { language } of ranked) {
    if ((LOCALES as readonly string[]).includes(language)) return language as Locale;
  }
  return DEFAULT_LOCALE;
}
