import { useTranslations } from "next-intl";
import { LANGUAGE_NAMES, LOCALES, type Locale } from "@/lib/i18n/routing";
import type { TranslationState } from "@/lib/i18n/text-versions";

// Each language's version of a text at a glance, for its editors (issue #12): the original, up to
// date, to review, or not translated yet.

const STATE_TAGS = { authoritative: "tag", current: "tag", outdated: "tag tag-warning", missing: "tag tag-closed" } as const;

export function TranslationStateTag({ state, testId }: { state: TranslationState; testId?: string }) {
  const t = useTranslations("editor.translations");
  return (
    <span className={STATE_TAGS[state]} data-testid={testId}>
      {t(`states.${state}`)}
    </span>
  );
}

/** Every language with its state, each a link to its section of the page (`#translation-{language}`). */
export function TranslationStateList({ states }: { states: Record<Locale, TranslationState> }) {
  return (
    <ul className="translation-states">
      {LOCALES.map((language) => (
        <li key={language}>
          <a href={`#translation-${language}`} lang={language}>
            {LANGUAGE_NAMES[language]}
          </a>{" "}
          <TranslationStateTag state={states[language]} testId={`translation-state-${language}`} />
        </li>
      ))}
    </ul>
  );
}
