import { useLocale, useTranslations } from "next-intl";
import { formatterFor } from "@/lib/i18n/format";

/**
 * The public mark of an official verified against the national register of elected officials
 * (issue #14), beside the team's own ✓: a short visible word, the whole sentence for everyone in its title and for screen readers.
 */
export function RegisterMark({ extractDate }: { extractDate: string }) {
  const t = useTranslations("register.mark");
  const format = formatterFor(useLocale());
  const text = t("text", { date: format.date(extractDate, "long") });
  return (
    <span className="register-mark tag" title={text} data-testid="register-mark">
      <span aria-hidden="true">✓ {t("short")}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
