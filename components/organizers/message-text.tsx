import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { parseMessageKey } from "@/lib/i18n/message-key";

// Messages that travel as data (a server action's answer, a zod issue) are catalog keys
// (lib/i18n/message-key.ts). These read them in the page's language. A message that is not a key
// (a sentence another module has not turned into a key yet) is shown as it is, so that nothing is
// translated twice. `<bdi>` in a message isolates a name, an address or a slug inside the sentence:
// an element where the message is rendered, Unicode isolates (FSI…PDI) where only text can go
// (an error summary, a confirmation question), except in English, where nothing needs isolating.

const FSI = "\u2068";
const PDI = "\u2069";

export function useMessageText() {
  const t = useTranslations();
  const locale = useLocale();
  const isolate = (chunks: string) => (locale === "en" ? chunks : `${FSI}${chunks}${PDI}`);
  /** The message as text. */
  const text = (message: string): string => {
    const { key, values } = parseMessageKey(message);
    return t.has(key) ? t.markup(key, { ...values, bdi: isolate }) : message;
  };
  /** The message as elements, names in `<bdi>`. */
  const rich = (message: string): ReactNode => {
    const { key, values } = parseMessageKey(message);
    return t.has(key) ? t.rich(key, { ...values, bdi: (chunks) => <bdi>{chunks}</bdi> }) : message;
  };
  /** A field's error, if any, as text. */
  const maybe = (message: string | null | undefined): string | undefined => (message ? text(message) : undefined);
  /** The error summary's list: each field's id and its error as text. */
  const list = (errors: [string, string][]): [string, string][] => errors.map(([id, message]) => [id, text(message)]);
  return { text, rich, maybe, list };
}
