import { useTranslations } from "next-intl";
import { useMessageText } from "@/components/organizers/message-text";
import type { Rejection } from "@/lib/offline/paper-rows";

/** The lines of a refused import and why each was refused: the first 100, and how many more. */
export function RejectionReport({ rejections, rejectedCount, rowCount }: { rejections: Rejection[]; rejectedCount: number; rowCount: number }) {
  const t = useTranslations("organizer.offline.report");
  const message = useMessageText();
  const more = rejectedCount - rejections.length;
  return (
    <section aria-labelledby="rejection-report-title" data-testid="rejection-report">
      <h3 id="rejection-report-title">{t("title")}</h3>
      <p>
        {t("summary", { rejected: rejectedCount, rows: rowCount })}
        {more > 0 && t("more", { shown: rejections.length, more })}
      </p>
      <table>
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t("line")}
            </th>
            <th scope="col">{t("why")}</th>
          </tr>
        </thead>
        <tbody>
          {rejections.map((rejection) => (
            <tr key={rejection.line}>
              <th scope="row" className="numeric">
                {t("lineNumber", { line: rejection.line })}
              </th>
              <td>{t("reason", { problems: rejection.problems.map(message.text).join(t("separator")) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
