import Link from "next/link";
import { DateTime } from "@/components/organizers/date-time";
import { TableRegion } from "@/components/organizers/table-region";
import type { MailingListItem } from "@/lib/mailings/queries";

const number = new Intl.NumberFormat("en");

const STATUS = { draft: "Draft", sending: "Sending", sent: "Sent" } as const;

/** When each kind of update last moved: a draft was written, a send started or finished. */
function Moment({ mailing }: { mailing: MailingListItem }) {
  const sendStarted = mailing.sendRequestedAt ?? mailing.createdAt;
  if (mailing.status === "sent")
    return (
      <>
        Sent <DateTime value={mailing.completedAt ?? sendStarted} /> UTC
      </>
    );
  if (mailing.status === "sending")
    return (
      <>
        Sending since <DateTime value={sendStarted} /> UTC
      </>
    );
  return (
    <>
      Written <DateTime value={mailing.createdAt} /> UTC
    </>
  );
}

// The campaign's updates, newest first, with where each send stands (counted from the outbox), in
// three columns so the list fits a phone.
export function MailingTable({ campaignSlug, mailings }: { campaignSlug: string; mailings: MailingListItem[] }) {
  if (mailings.length === 0) return <p data-testid="mailings-empty">No updates yet.</p>;
  return (
    <TableRegion label="Updates to signers">
      <table data-testid="mailings">
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col">Delivery</th>
          </tr>
        </thead>
        <tbody>
          {mailings.map((mailing) => (
            <tr key={mailing.id} data-mailing-id={mailing.id}>
              <th scope="row">
                <Link href={`/organizer/campaigns/${campaignSlug}/updates/${mailing.id}`}>{mailing.subject}</Link>
                <span className="cell-note">
                  <Moment mailing={mailing} />
                </span>
              </th>
              <td data-testid="mailing-status">{STATUS[mailing.status]}</td>
              <td>
                {mailing.status === "draft" ? (
                  <span className="muted">Not sent</span>
                ) : (
                  <>
                    <span data-testid="mailing-sent">{number.format(mailing.progress.sent)}</span> of {number.format(mailing.recipients ?? 0)} sent
                    <span className="cell-note">
                      {number.format(mailing.progress.queued)} queued, {number.format(mailing.progress.skipped)} skipped,{" "}
                      {number.format(mailing.progress.failed)} failed
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
