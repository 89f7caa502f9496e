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
  newTab = false,
}: {
  text: TextVersion;
  original: string;
  messages: "campaign.content.translation" | "events.public.translation";
  /** In the embedded widget: the original opens on the site, in a new tab, as the widget's other links. */
  newTab?: boolean;
}) {
  const t = useTranslations(messages);
  if (!text.translated && !text.missing) return null;
  return (
    <p className="muted translation-note" data-testid="translation-note">
      {text.translated
        ? t.rich("translated", {
            language: text.authoritative,
            link: (chunks) => (
              <a href={original} hrefLang={text.authoritative} {...(newTab && { target: "_blank", rel: "noopener" })}>
                {chunks}
              </a>
            ),
          })
        : t("missing", { language: text.authoritative })}
      {text.outdated && <> {t("outdated")}</>}
    </p>
  );
}
