import { Fragment } from "react";
import type { PaperColumnGuide } from "@/lib/offline/paper-columns";
import { MAX_PAPER_FILE_BYTES, MAX_PAPER_ROWS, megabytes } from "@/lib/offline/schema";

/** What a paper-signature file holds, column by column, and an example file to start from (issue #11). */
export function PaperColumnsGuide({ columns, exampleHref }: { columns: PaperColumnGuide[]; exampleHref: string }) {
  return (
    <>
      <p>
        Save the sheet from your spreadsheet program as “CSV UTF-8 (comma-separated)”. Its first line names the columns, in any order; capitals and
        spaces do not matter (“Full name” is read as <code>full_name</code>). An optional column can be left out, or left empty on some rows.
      </p>
      <dl className="facts" data-testid="paper-columns">
        {columns.map((column) => (
          <Fragment key={column.name}>
            <dt>
              <code>{column.name}</code> {column.required ? <span className="required">required</span> : <span className="muted">optional</span>}
            </dt>
            <dd>
              {column.meaning} <span className="muted">For example: {column.examples.join(", ")}.</span>
            </dd>
          </Fragment>
        ))}
      </dl>
      <p>
        At most {megabytes(MAX_PAPER_FILE_BYTES)} and {MAX_PAPER_ROWS.toLocaleString("en-GB")} rows. Every row is checked: if one is wrong, nothing is
        imported and the lines to fix are listed.
      </p>
      <p>
        <a href={exampleHref} className="button button-secondary" download>
          Download an example file (CSV)
        </a>
      </p>
    </>
  );
}
