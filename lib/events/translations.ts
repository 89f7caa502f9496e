import type { CallWording, Event, EventTranslation } from "@/lib/db/schema";
import { chosenTranslation, type TextVersion, textVersion } from "@/lib/i18n/text-versions";

// An event's title, summary and calls' wording in several languages (issue #12): the original in
// the events row and its calls, translations in event_translations. What speakers said (the calls'
// quotes) and the sources stay as the reports have them.

type Call = { position: number; target: string; action: string };

/**
 * The calls with who they are on and what they ask in a translation's words, where it has them
 * (both, as the form asks), each with the language of its wording (`wordingLanguage`).
 */
function localizeCalls<C extends Call>(
  calls: readonly C[],
  wording: readonly CallWording[],
  languages: { original: string; translation: string },
): (C & { wordingLanguage: string })[] {
  return calls.map((call) => {
    const translated = wording[call.position];
    if (!translated?.target || !translated.action) return { ...call, wordingLanguage: languages.original };
    return { ...call, target: translated.target, action: translated.action, wordingLanguage: languages.translation };
  });
}

/** An event as localizeEvent gives it: its calls, if it has them, say which language their wording is in. */
type Localized<E> = (E extends { callsToAction: readonly (infer C)[] }
  ? Omit<E, "callsToAction"> & { callsToAction: (C & { wordingLanguage: string })[] }
  : E) & { text: TextVersion };

/** The event as a reader in `locale` reads it: title, summary, calls' wording and `language` of their version. */
export function localizeEvent<E extends Event & { callsToAction?: readonly Call[] }>(
  event: E,
  translations: readonly EventTranslation[],
  locale: string,
): Localized<E> {
  const text = textVersion(event, translations, locale);
  const translation = chosenTranslation(event, translations, locale);
  const languages = { original: event.language, translation: translation?.language ?? event.language };
  const callsToAction = event.callsToAction && localizeCalls(event.callsToAction, translation?.calls ?? [], languages);
  if (!translation) return { ...event, ...(callsToAction && { callsToAction }), text } as Localized<E>;
  return {
    ...event,
    ...(callsToAction && { callsToAction }),
    title: translation.title,
    summary: translation.summary,
    language: translation.language,
    text,
  } as Localized<E>;
}
