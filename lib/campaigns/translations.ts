import type { Campaign, CampaignTranslation } from "@/lib/db/schema";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/routing";

// A campaign's texts in several languages (issue #12): the authoritative text in the campaign row
// (its `language`), translations in campaign_translations. A reader sees their language's version
// when there is one, else the authoritative text with a note saying so. Pure functions, shared by
// pages, the API, signing and the editor.

/** What a translation needs to be chosen and dated, without its texts (signing keeps only these). */
export type TranslationRef = Pick<CampaignTranslation, "language" | "title" | "sourceRevision">;

/** Which version of the text a reader is shown. */
export type TextVersion = {
  /** The language of the text shown. */
  language: Locale;
  /** The campaign's authoritative language. */
  authoritative: Locale;
  /** The text shown is a translation (not the authoritative text). */
  translated: boolean;
  /** A translation made from an earlier revision of the authoritative text. */
  outdated: boolean;
  /** The reader's language has no version: the authoritative text is shown instead. */
  missing: boolean;
  /** The authoritative text's revision the version shown was made from. */
  revision: number;
};

type Authoritative = Pick<Campaign, "language" | "textRevision">;

const languageOf = (campaign: Pick<Campaign, "language">): Locale => (isLocale(campaign.language) ? campaign.language : DEFAULT_LOCALE);

/** The translation a reader in `locale` is shown, or undefined for the authoritative text. */
function chosen<T extends Pick<CampaignTranslation, "language">>(campaign: Authoritative, translations: readonly T[], locale: string): T | undefined {
  if (locale === campaign.language) return undefined;
  return translations.find((translation) => translation.language === locale);
}

/** The version of a campaign's text shown to a reader in `locale`. */
function textVersion(
  campaign: Authoritative,
  translations: readonly Pick<CampaignTranslation, "language" | "sourceRevision">[],
  locale: string,
): TextVersion {
  const authoritative = languageOf(campaign);
  const translation = chosen(campaign, translations, locale);
  if (!translation) {
    return {
      language: authoritative,
      authoritative,
      translated: false,
      outdated: false,
      missing: locale !== authoritative,
      revision: campaign.textRevision,
    };
  }
  return {
    language: translation.language as Locale,
    authoritative,
    translated: true,
    outdated: translation.sourceRevision < campaign.textRevision,
    missing: false,
    revision: translation.sourceRevision,
  };
}

/** The campaign as a reader in `locale` reads it: its texts (and `language`) replaced by their version's. */
export function localizeCampaign<C extends Campaign & { translations: readonly CampaignTranslation[] }>(
  campaign: C,
  locale: string,
): C & { text: TextVersion } {
  const text = textVersion(campaign, campaign.translations, locale);
  const translation = chosen(campaign, campaign.translations, locale);
  if (!translation) return { ...campaign, text };
  const { title, summary, statement, decisionMakers } = translation;
  return { ...campaign, title, summary, statement, decisionMakers, language: translation.language, text };
}

/** The title a signer in `locale` saw, and the version of the statement they signed. */
export function signedVersion(campaign: Campaign, translations: readonly TranslationRef[], locale: string): { title: string; text: TextVersion } {
  const translation = chosen(campaign, translations, locale);
  return { title: translation?.title ?? campaign.title, text: textVersion(campaign, translations, locale) };
}

/** The state of each language's version, for the editor: the authoritative one, up to date, outdated, or missing. */
export type TranslationState = "authoritative" | "current" | "outdated" | "missing";

export function translationStates(
  campaign: Authoritative,
  translations: readonly Pick<CampaignTranslation, "language" | "sourceRevision">[],
  locales: readonly Locale[],
): Record<Locale, TranslationState> {
  return Object.fromEntries(
    locales.map((locale) => {
      if (locale === campaign.language) return [locale, "authoritative"];
      const version = textVersion(campaign, translations, locale);
      return [locale, !version.translated ? "missing" : version.outdated ? "outdated" : "current"];
    }),
  ) as Record<Locale, TranslationState>;
}

/** Whether a save changes the authoritative text (then its revision goes up and translations date). */
export function changesText(changed: readonly string[]): boolean {
  return changed.some((field) => ["title", "summary", "statement", "decisionMakers", "language"].includes(field));
}
