import { useTranslations } from "next-intl";
import type { TextVersion } from "@/lib/i18n/text-versions";

/**
 * Says when a text is a translation (and whether the original changed since), or when the
 * reader's language has none and the original is shown (issue #12). `messages`: the catalog group
 * with `translated`, `outdated` and `missing`; `original`: the original's page, in its language.
 */
export function TranslationNote({
  text,
  original,
  messages,
}: {
  text: TextVersion;
  original: string;
  messages: "campaign.content.translation" | "events.public.translation";
}) {
  const t = useTranslations(messages);
  if (!text.translated && !text.missing) return null;
  return (
    <p className="muted translation-note" data-testid="translation-note">
      {text.translated
        ? t.rich("translated", {
            language: text.authoritative,
            link: (chunks) => (
              <a href={original} hrefLang={text.authoritative}>
                {chunks}
              </a>
            ),
          })
        : t("missing", { language: text.authoritative })}
      {text.outdated && <> {t("outdated")}</>}
    </p>
  );
}
