import Link from "next/link";
import type { MailingListItem } from "@/lib/mailings/queries";

const number = new Intl.NumberFormat("en");
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const STATUS = { draft: "Draft", sending: "Sending", sent: "Sent" } as const;

// The campaign's updates, newest first, with where each send stands (counted from the outbox).
export function MailingTable({ campaignSlug, mailings }: { campaignSlug: string; mailings: MailingListItem[] }) {
  if (mailings.length === 0) return <p data-testid="mailings-empty">No updates yet.</p>;
  return (
    <table data-testid="mailings">
      <thead>
        <tr>
          <th scope="col">Subject</th>
          <th scope="col">Status</th>
          <th scope="col">Recipients</th>
          <th scope="col">Queued</th>
          <th scope="col">Sent</th>
          <th scope="col">Skipped</th>
          <th scope="col">Failed</th>
          <th scope="col">Date (UTC)</th>
        </tr>
      </thead>
      <tbody>
        {mailings.map((mailing) => {
          const draft = mailing.status === "draft";
          return (
            <tr key={mailing.id} data-mailing-id={mailing.id}>
              <th scope="row">
                <Link href={`/organizer/campaigns/${campaignSlug}/updates/${mailing.id}`}>{mailing.subject}</Link>
              </th>
              <td data-testid="mailing-status">{STATUS[mailing.status]}</td>
              <td>{draft ? "" : number.format(mailing.recipients ?? 0)}</td>
              <td>{draft ? "" : number.format(mailing.progress.queued)}</td>
              <td data-testid="mailing-sent">{draft ? "" : number.format(mailing.progress.sent)}</td>
              <td>{draft ? "" : number.format(mailing.progress.skipped)}</td>
              <td>{draft ? "" : number.format(mailing.progress.failed)}</td>
              <td>{dateTime.format(mailing.completedAt ?? mailing.sendRequestedAt ?? mailing.createdAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
