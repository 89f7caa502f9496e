import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { type CallForSentence, callMessage } from "@/lib/events/call-sentence";

const strong = (chunks: ReactNode) => (
  <strong>
    <bdi>{chunks}</bdi>
  </strong>
);

/**
 * A call to action as one sentence, who called and who is called on in bold: the same on every
 * page. Names and the report's words are isolated (`bdi`), since they may run against the page's
 * direction. `inline` for a sentence inside another paragraph (the form's preview).
 */
export function CallSentence({ call, inline = false }: { call: CallForSentence; inline?: boolean }) {
  const t = useTranslations("events");
  const locale = useLocale();
  const { key, ...values } = callMessage(call, locale === "en");
  const sentence = t.rich(`call.${key}`, { ...values, strong, act: (chunks) => <bdi>{chunks}</bdi> });
  return inline ? <span>{sentence}</span> : <p>{sentence}</p>;
}
