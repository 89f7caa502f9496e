import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { useMessageText } from "@/components/organizers/message-text";
import type { PaperColumnGuide } from "@/lib/offline/paper-columns";
import { MAX_PAPER_FILE_BYTES, MAX_PAPER_ROWS, megabytes } from "@/lib/offline/schema";

/** What a paper-signature file holds, column by column, and an example file to start from (issue #11). */
export function PaperColumnsGuide({ columns, exampleHref }: { columns: PaperColumnGuide[]; exampleHref: string }) {
  const t = useTranslations("organizer.offline.guide");
  const message = useMessageText();
  return (
    <>
      <p>{t.rich("intro", { utf8: "UTF-8", code: (chunks) => <code>{chunks}</code> })}</p>
      <dl className="facts" data-testid="paper-columns">
        {columns.map((column) => (
          <Fragment key={column.name}>
            <dt>
              <code>{column.name}</code>{" "}
              {column.required ? <span className="required">{t("required")}</span> : <span className="muted">{t("optional")}</span>}
            </dt>
            <dd>
              {message.text(column.meaning)}{" "}
              <span className="muted">
                {t.rich("example", { first: column.examples[0], second: column.examples[1], bdi: (chunks) => <bdi>{chunks}</bdi> })}
              </span>
            </dd>
          </Fragment>
        ))}
      </dl>
      <p>{t("limits", { max: megabytes(MAX_PAPER_FILE_BYTES), rows: MAX_PAPER_ROWS })}</p>
      <p>
        <a href={exampleHref} className="button button-secondary" download>
          {t("download")}
        </a>
      </p>
    </>
  );
}
