import { useLocale, useTranslations } from "next-intl";
import type { SnapshotSummary } from "@/lib/delivery/queries";
import { formatterFor } from "@/lib/i18n/format";

/** The command, as typed in a terminal: the same in every language. */
const CHECK_COMMAND = "sha256sum file.pdf";

/**
 * A finished pack's public record (issue #14): the counts it shows, the fingerprint of its PDF, how
 * to check a copy against it, and the download. Everything here was fixed when the pack was made.
 */
export function SnapshotFacts({ campaignSlug, snapshot }: { campaignSlug: string; snapshot: SnapshotSummary }) {
  const t = useTranslations("delivery.snapshot");
  const format = formatterFor(useLocale());
  const counts = snapshot.counts!;
  const pdfHref = `/api/v1/campaigns/${campaignSlug}/snapshots/${snapshot.id}.pdf`;
  return (
    <>
      <section aria-labelledby="snapshot-counts">
        <h2 id="snapshot-counts">{t("countsTitle")}</h2>
        <dl className="facts" data-testid="snapshot-counts">
          <dt>{t("total")}</dt>
          <dd>{format.number(counts.total)}</dd>
          <dt>{t("online")}</dt>
          <dd>{format.number(counts.online)}</dd>
          <dt>{t("offline")}</dt>
          <dd>{format.number(counts.offline)}</dd>
          <dt>{t("listed")}</dt>
          <dd>{format.number(counts.listed)}</dd>
          <dt>{t("verifiedOfficials")}</dt>
          <dd>{format.number(counts.verifiedOfficials)}</dd>
          <dt>{t("languages")}</dt>
          <dd>{format.list(snapshot.languages.map((code) => format.language(code)))}</dd>
          <dt>{t("madeAt")}</dt>
          <dd>
            <time dateTime={(snapshot.finishedAt ?? snapshot.createdAt).toISOString()}>
              {t("madeAtValue", { when: format.dateTime(snapshot.finishedAt ?? snapshot.createdAt) })}
            </time>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="snapshot-check">
        <h2 id="snapshot-check">{t("checkTitle")}</h2>
        <p>
          <a className="button" href={pdfHref} download data-testid="snapshot-download">
            {t("download", { size: format.megabytes(snapshot.pdfBytes ?? 0), pages: snapshot.pageCount ?? 0 })}
          </a>
        </p>
        <p>
          <strong>{t("fingerprint", { algorithm: "SHA-256" })}</strong>
        </p>
        <p dir="ltr" className="hash-block">
          <code data-testid="snapshot-hash">{snapshot.sha256}</code>
        </p>
        <p>{t("checkHelp", { algorithm: "SHA-256" })}</p>
        <pre dir="ltr" className="command">
          <code>{CHECK_COMMAND}</code>
        </pre>
        <p className="muted small">{t("checkWindows", { command: "certutil -hashfile file.pdf SHA256" })}</p>
      </section>
    </>
  );
}
