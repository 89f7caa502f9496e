import { useTranslations } from "next-intl";
import { TranslationForm } from "@/components/i18n/translation-form";
import { TranslationStateTag } from "@/components/i18n/translation-states";
import type { CampaignUpdateItem } from "@/lib/campaigns/queries";
import { directionOf, isLocale, LANGUAGE_NAMES, LOCALES } from "@/lib/i18n/routing";
import { translationStates } from "@/lib/i18n/text-versions";

/**
 * The Translations tab's part for news and outcomes (issue #12): each published update, as written,
 * with a form per other language. An update is never edited, so its translations never date.
 */
export function UpdateTranslations({ campaignSlug, updates, canEdit }: { campaignSlug: string; updates: CampaignUpdateItem[]; canEdit: boolean }) {
  const t = useTranslations("editor.translations.updates");
  return (
    <section aria-labelledby="update-translations" data-testid="update-translations">
      <h2 id="update-translations">{t("heading")}</h2>
      {updates.length === 0 ? <p>{t("none")}</p> : <p>{t("lead")}</p>}
      {updates.map((update) => {
        const original = isLocale(update.language) ? update.language : LOCALES[0];
        const rows = update.translations.map((row) => ({ ...row, sourceRevision: 1 }));
        const states = translationStates({ language: original, textRevision: 1 }, rows, LOCALES);
        const written = { lang: original, dir: directionOf(original) } as const;
        return (
          <details key={update.id} className="panel" data-testid="update-translation">
            <summary>
              <bdi {...written}>{update.title}</bdi>
              <span className="translation-states summary-states">
                {LOCALES.map((language) => (
                  <span key={language}>
                    <span lang={language}>{LANGUAGE_NAMES[language]}</span> <TranslationStateTag state={states[language]} />
                  </span>
                ))}
              </span>
            </summary>
            <p style={{ whiteSpace: "pre-line" }} {...written}>
              {update.body}
            </p>
            {LOCALES.filter((language) => language !== original).map((language) => {
              const translation = update.translations.find((row) => row.language === language);
              return (
                <div key={language}>
                  <h3>
                    <span lang={language}>{LANGUAGE_NAMES[language]}</span>
                  </h3>
                  <TranslationForm
                    subject="update"
                    slug={campaignSlug}
                    updateId={update.id}
                    updateTitle={update.title}
                    language={language}
                    exists={translation !== undefined}
                    readOnly={!canEdit}
                    defaults={{ title: translation?.title ?? "", body: translation?.body ?? "" }}
                  />
                </div>
              );
            })}
          </details>
        );
      })}
    </section>
  );
}
