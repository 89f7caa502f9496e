import { useLocale, useTranslations } from "next-intl";
import { useMessageText } from "@/components/organizers/message-text";
import { TableRegion } from "@/components/ui/table-region";
import type { RegisterExtract } from "@/lib/db/schema";
import { formatterFor } from "@/lib/i18n/format";
import { isImportRunning } from "@/lib/register/import-state";
import { messageKey } from "@/lib/i18n/message-key";

/** The uploaded extracts, newest first, with an import's progress and a failed one's reason. */
export function ExtractTable({ extracts, now }: { extracts: RegisterExtract[]; now: number }) {
  const t = useTranslations("register.admin");
  const format = formatterFor(useLocale());
  const message = useMessageText();
  if (extracts.length === 0) return <p className="muted">{t("noExtracts")}</p>;
  return (
    <TableRegion label={t("listTitle")}>
      <table data-testid="register-extracts">
        <thead>
          <tr>
            <th scope="col">{t("columns.date")}</th>
            <th scope="col">{t("columns.kind")}</th>
            <th scope="col">{t("columns.fileName")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.rows")}</th>
          </tr>
        </thead>
        <tbody>
          {extracts.map((extract) => {
            const percent = extract.bytesTotal ? Math.min(100, Math.round((100 * extract.bytesRead) / extract.bytesTotal)) : 0;
            const running = isImportRunning(extract, now);
            const status = extract.status === "importing" && !running ? "stalled" : extract.status;
            return (
              <tr key={extract.id}>
                <th scope="row">{format.date(extract.extractDate, "long")}</th>
                <td>{t(`kindNames.${extract.kind}`)}</td>
                <td>
                  <bdi>{extract.fileName}</bdi>
                </td>
                <td className="extract-status">
                  {t(`statuses.${status}`)}
                  {running && (
                    <>
                      <br />
                      <progress max={100} value={percent} aria-label={t("progressLabel")} />
                    </>
                  )}
                  {extract.status === "failed" && extract.error && (
                    <>
                      <br />
                      <span className="field-error">
                        {t("failed", { reason: message.text(messageKey(`register.importErrors.${extract.error.key}`, extract.error.values)) })}
                      </span>
                    </>
                  )}
                </td>
                <td>{format.number(extract.rowsImported)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
