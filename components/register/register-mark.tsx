import { useLocale, useTranslations } from "next-intl";
import { formatterFor } from "@/lib/i18n/format";

/**
 * The public mark of an official verified against the national register of elected officials
 * (issue #14), beside the team's own ✓: a short badge on each row, its whole sentence in its title
 * and for screen readers. The sentence is shown in full once per list by RegisterLegend.
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

/**
 * What the badge means, visibly, above a list that carries it (issue #14 asks for the sentence to be
 * read, not hovered): one line per extract date the list's marks refer to, newest first.
 */
export function RegisterLegend({ extractDates }: { extractDates: string[] }) {
  const t = useTranslations("register.mark");
  const format = formatterFor(useLocale());
  const dates = [...new Set(extractDates)].sort().reverse();
  if (dates.length === 0) return null;
  return (
    <div className="register-legend" data-testid="register-legend">
      {dates.map((date) => (
        <p key={date}>
          <span className="register-mark tag" aria-hidden="true">
            ✓ {t("short")}
          </span>
          <span>{t("text", { date: format.date(date, "long") })}</span>
        </p>
      ))}
    </div>
  );
}
