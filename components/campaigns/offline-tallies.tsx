import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { OfflineTally } from "@/lib/db/schema";
import { formatterFor } from "@/lib/i18n/format";

/** A description typed without its final stop ("… at the conference") still ends its sentence before "Source:". */
const asSentence = (text: string) => (/[.!?…؟]["”’»)]?$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Documented offline signatures: a count with its source, never a list of invented names. */
export function OfflineTallies({ tallies }: { tallies: OfflineTally[] }) {
  const t = useTranslations("campaign.offline");
  const format = formatterFor(useLocale());
  if (tallies.length === 0) return null;
  return (
    <section aria-labelledby="offline-title">
      <h2 id="offline-title">{t("heading")}</h2>
      <ul>
        {tallies.map((tally) => {
          const source = (chunks: ReactNode) => (tally.sourceUrl ? <a href={tally.sourceUrl}>{chunks}</a> : <cite>{chunks}</cite>);
          return (
            <li key={tally.id}>
              {t.rich("count", { count: tally.count, total: format.number(tally.count), strong: (chunks) => <strong>{chunks}</strong> })}{" "}
              <bdi>{asSentence(tally.description)}</bdi>{" "}
              <span className="muted">
                {tally.sourceDate
                  ? t.rich("sourceWithDate", { title: tally.sourceTitle, date: format.date(tally.sourceDate, "long"), source })
                  : t.rich("source", { title: tally.sourceTitle, source })}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">{t("note")}</p>
    </section>
  );
}
