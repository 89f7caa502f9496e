import { useLocale, useTranslations } from "next-intl";
import { useMessageText } from "@/components/organizers/message-text";
import { TableRegion } from "@/components/ui/table-region";
import type { SnapshotSummary } from "@/lib/delivery/queries";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";

/** A campaign's packs, newest first, for its team: progress while one is made, the hash and links once made. */
export function SnapshotTable({ campaignSlug, snapshots }: { campaignSlug: string; snapshots: SnapshotSummary[] }) {
  const t = useTranslations("delivery.organizer");
  const format = formatterFor(useLocale());
  const message = useMessageText();
  if (snapshots.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <TableRegion label={t("historyTitle")}>
      <table data-testid="delivery-packs">
        <thead>
          <tr>
            <th scope="col">{t("created")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("languages")}</th>
            <th scope="col">{t("total")}</th>
            <th scope="col">{t("fingerprint", { algorithm: "SHA-256" })}</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((snapshot) => (
            <tr key={snapshot.id} data-status={snapshot.status}>
              <th scope="row">
                <time dateTime={snapshot.createdAt.toISOString()}>{format.dateTime(snapshot.createdAt)}</time>
              </th>
              <td>
                {t(`statuses.${snapshot.status}`)}
                {snapshot.status === "running" && snapshot.rowsTotal !== null && (
                  <>
                    <br />
                    <progress max={Math.max(1, snapshot.rowsTotal)} value={snapshot.rowsDone} aria-label={t("statuses.running")} />
                    <br />
                    <span className="small">{t("progress", { done: snapshot.rowsDone, total: snapshot.rowsTotal })}</span>
                  </>
                )}
                {snapshot.status === "failed" && snapshot.error && (
                  <>
                    <br />
                    <span className="field-error">{message.text(snapshot.error)}</span>
                  </>
                )}
              </td>
              <td>{format.list(snapshot.languages.map((code) => format.language(code)))}</td>
              <td>{snapshot.counts ? format.number(snapshot.counts.total) : "–"}</td>
              <td>
                {snapshot.sha256 ? (
                  <>
                    {/* The first 16 digits here, so the table fits a phone; the public page gives all 64. */}
                    <code className="hash" dir="ltr" data-testid="pack-hash" data-sha256={snapshot.sha256} title={snapshot.sha256}>
                      {snapshot.sha256.slice(0, 16)}…
                    </code>
                    <br />
                    <a href={`/api/v1/campaigns/${campaignSlug}/snapshots/${snapshot.id}.pdf`} download>
                      {t("download")}
                    </a>
                    {" · "}
                    <Link href={`/campaigns/${campaignSlug}/snapshots/${snapshot.id}`}>{t("publicPage")}</Link>
                  </>
                ) : (
                  "–"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
