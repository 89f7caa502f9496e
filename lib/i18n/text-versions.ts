import { DEFAULT_LOCALE, isLocale, type Locale } from "./routing";

// Texts held in several languages (issue #12), whatever they belong to (a campaign, an event): the
// original in its owner's row, in `language`, at `textRevision` (counted up by each edit of the
// text); translations made from it at `sourceRevision`. A reader sees their language's version when
// there is one, else the original with a note saying so.

export type Original = { language: string; textRevision: number };
export type TranslationRow = { language: string; sourceRevision: number };

/** Which version of a text a reader is shown. */
export type TextVersion = {
  /** The language of the text shown. */
  language: Locale;
  /** The original's language, authoritative. */
  authoritative: Locale;
  /** The text shown is a translation. */
  translated: boolean;
  /** A translation made from an earlier revision of the original. */
  outdated: boolean;
  /** The reader's language has no version: the original is shown instead. */
  missing: boolean;
  /** The original's revision the version shown was made from. */
  revision: number;
};

const languageOf = (original: Pick<Original, "language">): Locale => (isLocale(original.language) ? original.language : DEFAULT_LOCALE);

/** The translation a reader in `locale` is shown, or undefined for the original. */
export function chosenTranslation<T extends Pick<TranslationRow, "language">>(
  original: Original,
  translations: readonly T[],
  locale: string,
): T | undefined {
  if (locale === original.language) return undefined;
  return translations.find((translation) => translation.language === locale);
}

/** The version of a text shown to a reader in `locale`. */
export function textVersion(original: Original, translations: readonly TranslationRow[], locale: string): TextVersion {
  const authoritative = languageOf(original);
  const translation = chosenTranslation(original, translations, locale);
  if (!translation) {
    return {
      language: authoritative,
      authoritative,
      translated: false,
      outdated: false,
      missing: locale !== authoritative,
      revision: original.textRevision,
    };
  }
  return {
    language: translation.language as Locale,
    authoritative,
    translated: true,
    outdated: translation.sourceRevision < original.textRevision,
    missing: false,
    revision: translation.sourceRevision,
  };
}

/** The state of each language's version, for the editors: the original, up to date, outdated, or missing. */
export type TranslationState = "authoritative" | "current" | "outdated" | "missing";

export function translationStates(
  original: Original,
  translations: readonly TranslationRow[],
  locales: readonly Locale[],
): Record<Locale, TranslationState> {
  return Object.fromEntries(
    locales.map((locale) => {
      if (locale === original.language) return [locale, "authoritative"];
      const version = textVersion(original, translations, locale);
      return [locale, !version.translated ? "missing" : version.outdated ? "outdated" : "current"];
    }),
  ) as Record<Locale, TranslationState>;
}

/** Every language a text exists in: its original's first, then its translations'. */
export function availableLanguages(text: Pick<TextVersion, "authoritative">, translations: readonly { language: string }[]): Locale[] {
  const others = translations.map((translation) => translation.language as Locale).filter((language) => language !== text.authoritative);
  return [text.authoritative, ...others];
}
