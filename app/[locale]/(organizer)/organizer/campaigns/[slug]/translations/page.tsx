import { getTranslations } from "next-intl/server";
import { UpdateTranslations } from "@/components/campaigns/update-translations";
import { TranslationForm } from "@/components/i18n/translation-form";
import { TranslationStateList, TranslationStateTag } from "@/components/i18n/translation-states";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadTranslationsPage } from "@/lib/campaigns/page-data";
import { titleFrom } from "@/lib/i18n/metadata";
import { directionOf, LANGUAGE_NAMES, LOCALES } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = titleFrom("editor", "translations.title");

/**
 * The campaign's text in each language (issue #12): the original, read-only here (it is edited in
 * Settings), and a form per other language, with whether its translation is up to date.
 */
export default async function TranslationsPage({ params }: Props) {
  const { slug } = await params;
  const { campaign, canEdit, translations, states, updates } = await requirePage(
    await loadTranslationsPage(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/translations`,
  );
  const t = await getTranslations("editor.translations");
  const original = { lang: campaign.language, dir: directionOf(campaign.language as (typeof LOCALES)[number]) } as const;
  const others = LOCALES.filter((language) => language !== campaign.language);
  return (
    <>
      <CampaignHeader campaign={campaign} section="translations" heading={t("title")} />
      <p className="lead">{t("lead", { language: campaign.language })}</p>
      {!canEdit && <p className="notice">{t("readOnly")}</p>}
      <TranslationStateList states={states} />
      <section aria-labelledby={`translation-${campaign.language}`} className="panel">
        <h2 id={`translation-${campaign.language}`}>
          <span lang={campaign.language}>{LANGUAGE_NAMES[campaign.language as (typeof LOCALES)[number]]}</span> · {t("original")}
        </h2>
        <h3 {...original}>{campaign.title}</h3>
        <p {...original}>{campaign.summary}</p>
        <ul {...original}>
          {campaign.decisionMakers.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        <div className="statement" {...original}>
          {campaign.statement}
        </div>
      </section>
      {others.map((language) => {
        const translation = translations.find((row) => row.language === language);
        return (
          <section key={language} aria-labelledby={`translation-${language}`}>
            <h2 id={`translation-${language}`}>
              <span lang={language}>{LANGUAGE_NAMES[language]}</span>
            </h2>
            <p>
              <TranslationStateTag state={states[language]} />
            </p>
            <TranslationForm
              subject="campaign"
              slug={campaign.slug}
              language={language}
              exists={translation !== undefined}
              readOnly={!canEdit}
              defaults={{
                title: translation?.title ?? "",
                summary: translation?.summary ?? "",
                statement: translation?.statement ?? "",
                decisionMakers: translation?.decisionMakers.join("\n") ?? "",
              }}
            />
          </section>
        );
      })}
      <UpdateTranslations campaignSlug={campaign.slug} updates={updates} canEdit={canEdit} />
    </>
  );
}
