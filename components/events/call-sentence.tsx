import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { type CallForSentence, callMessage } from "@/lib/events/call-sentence";

/**
 * A call to action as one sentence, who called and who is called on in bold: the same on every
 * page. Names and the report's words are isolated (`bdi`), since they may run against the page's
 * direction. `wordingLanguage`: the language who is called on and what they ask are written in
 * (the report's, or a translation's; lib/events/translations.ts), the page's when not given.
 * `inline` for a sentence inside another paragraph (the form's preview).
 */
export function CallSentence({ call, inline = false }: { call: CallForSentence & { wordingLanguage?: string }; inline?: boolean }) {
  const t = useTranslations("events");
  const locale = useLocale();
  const wording = call.wordingLanguage ?? locale;
  // Words in another language than the page's say so, for screen readers and hyphenation.
  const lang = wording === locale ? {} : { lang: wording };
  const { key, ...values } = callMessage(call, locale === "en" && wording === "en");
  const sentence = t.rich(`call.${key}`, {
    ...values,
    strong: (chunks: ReactNode) => (
      <strong>
        <bdi {...lang}>{chunks}</bdi>
      </strong>
    ),
    act: (chunks) => <bdi {...lang}>{chunks}</bdi>,
  });
  return inline ? <span>{sentence}</span> : <p>{sentence}</p>;
}
