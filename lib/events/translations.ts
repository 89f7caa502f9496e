import type { Event, EventTranslation } from "@/lib/db/schema";
import { chosenTranslation, type TextVersion, textVersion } from "@/lib/i18n/text-versions";

// An event's title and summary in several languages (issue #12): the original in the events row,
// translations in event_translations. What speakers said, the calls' quotes and the sources stay as
// the reports have them.

/** The event as a reader in `locale` reads it: title, summary and `language` of their version. */
export function localizeEvent<E extends Event>(event: E, translations: readonly EventTranslation[], locale: string): E & { text: TextVersion } {
  const text = textVersion(event, translations, locale);
  const translation = chosenTranslation(event, translations, locale);
  if (!translation) return { ...event, text };
  return { ...event, title: translation.title, summary: translation.summary, language: translation.language, text };
}
