import type { Campaign, CampaignTranslation, CampaignUpdate, CampaignUpdateTranslation } from "@/lib/db/schema";
import { chosenTranslation, type TextVersion, textVersion } from "@/lib/i18n/text-versions";

// A campaign's texts in several languages (issue #12): the original in the campaign row (its
// `language`), translations in campaign_translations, chosen for each reader by
// lib/i18n/text-versions.ts. Pure functions, shared by pages, the API and signing.

export type { TextVersion };

/** What a translation needs to be chosen and dated, without its texts (signing keeps only these). */
export type TranslationRef = Pick<CampaignTranslation, "language" | "title" | "sourceRevision">;

/** The campaign as a reader in `locale` reads it: its texts (and `language`) replaced by their version's. */
export function localizeCampaign<C extends Campaign & { translations: readonly CampaignTranslation[] }>(
  campaign: C,
  locale: string,
): C & { text: TextVersion } {
  const text = textVersion(campaign, campaign.translations, locale);
  const translation = chosenTranslation(campaign, campaign.translations, locale);
  if (!translation) return { ...campaign, text };
  const { title, summary, statement, decisionMakers } = translation;
  return { ...campaign, title, summary, statement, decisionMakers, language: translation.language, text };
}

/** The title a signer in `locale` saw, and the version of the statement they signed. */
export function signedVersion(campaign: Campaign, translations: readonly TranslationRef[], locale: string): { title: string; text: TextVersion } {
  const translation = chosenTranslation(campaign, translations, locale);
  return { title: translation?.title ?? campaign.title, text: textVersion(campaign, translations, locale) };
}

/** Whether a save changes the original's text (then its revision goes up and translations date). */
export function changesText(changed: readonly string[]): boolean {
  return changed.some((field) => ["title", "summary", "statement", "decisionMakers", "language"].includes(field));
}

/**
 * An update as a reader in `locale` reads it: its translation into their language when there is
 * one. Updates are never edited, so their translations cannot be outdated (revision 1 throughout).
 */
export function localizeUpdate<U extends CampaignUpdate & { translations: readonly CampaignUpdateTranslation[] }>(
  update: U,
  locale: string,
): U & { text: TextVersion } {
  const original = { language: update.language, textRevision: 1 };
  const rows = update.translations.map((row) => ({ ...row, sourceRevision: 1 }));
  const text = textVersion(original, rows, locale);
  const translation = chosenTranslation(original, rows, locale);
  return translation ? { ...update, title: translation.title, body: translation.body, language: translation.language, text } : { ...update, text };
}
