import { useTranslations } from "next-intl";
import { type RootTranslator, translateMessage } from "@/lib/i18n/message-key";

// Field errors and form messages travel as catalog keys (lib/i18n/message-key.ts): a zod issue
// checked in the browser, a server action's refusal. The forms show them in the reader's language
// through this hook. Text that is not a key (already translated by the form that passes it) is shown
// as it is, so translating twice does no harm.

/** A function that turns a message key into text in the reader's language; empty stays empty. */
export function useErrorText(): <M extends string | null | undefined>(message: M) => M | string {
  const t = useTranslations() as unknown as RootTranslator;
  return (message) => (message ? translateMessage(t, message) : message);
}
