import type { Rejection } from "@/lib/offline/paper-rows";

const number = new Intl.NumberFormat("en-GB");

/** The lines of a refused import and why each was refused: the first 100, and how many more. */
export function RejectionReport({ rejections, rejectedCount, rowCount }: { rejections: Rejection[]; rejectedCount: number; rowCount: number }) {
  const more = rejectedCount - rejections.length;
  return (
    <section aria-labelledby="rejection-report-title" data-testid="rejection-report">
      <h3 id="rejection-report-title">Rejected rows</h3>
      <p>
        {number.format(rejectedCount)} of {number.format(rowCount)} rows were rejected. Nothing was imported.
        {more > 0 && ` The first ${number.format(rejections.length)} are listed; ${number.format(more)} more were rejected too.`}
      </p>
      <table>
        <caption className="visually-hidden">Rejected rows, by line of the file</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Line
            </th>
            <th scope="col">Why it was rejected</th>
          </tr>
        </thead>
        <tbody>
          {rejections.map((rejection) => (
            <tr key={rejection.line}>
              <th scope="row" className="numeric">
                {rejection.line}
              </th>
              <td>{rejection.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
