import { getLocale, getTranslations } from "next-intl/server";
import { DateTime } from "@/components/organizers/date-time";
import { TableRegion } from "@/components/ui/table-region";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { MailingListItem } from "@/lib/mailings/queries";

type Translator = Awaited<ReturnType<typeof getTranslations<"editor.mailings.table">>>;

/** When each kind of update last moved: a draft was written, a send started or finished. */
function Moment({ mailing, t }: { mailing: MailingListItem; t: Translator }) {
  const sendStarted = mailing.sendRequestedAt ?? mailing.createdAt;
  const key = mailing.status === "sent" ? "sentAt" : mailing.status === "sending" ? "sendingSince" : "writtenAt";
  const at = mailing.status === "sent" ? (mailing.completedAt ?? sendStarted) : mailing.status === "sending" ? sendStarted : mailing.createdAt;
  return <>{t.rich(key, { time: () => <DateTime value={at} /> })}</>;
}

// The campaign's updates, newest first, with where each send stands (counted from the outbox), in
// three columns so the list fits a phone.
export async function MailingTable({ campaignSlug, mailings }: { campaignSlug: string; mailings: MailingListItem[] }) {
  const t = await getTranslations("editor.mailings.table");
  if (mailings.length === 0) return <p data-testid="mailings-empty">{t("empty")}</p>;
  const { number } = formatterFor(await getLocale());
  return (
    <TableRegion label={t("label")}>
      <table data-testid="mailings">
        <thead>
          <tr>
            <th scope="col">{t("subject")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("delivery")}</th>
          </tr>
        </thead>
        <tbody>
          {mailings.map((mailing) => (
            <tr key={mailing.id} data-mailing-id={mailing.id}>
              <th scope="row">
                <Link href={`/organizer/campaigns/${campaignSlug}/updates/${mailing.id}`}>
                  <bdi>{mailing.subject}</bdi>
                </Link>
                <span className="cell-note">
                  <Moment mailing={mailing} t={t} />
                </span>
              </th>
              <td data-testid="mailing-status">{t(`statuses.${mailing.status}`)}</td>
              <td>
                {mailing.status === "draft" ? (
                  <span className="muted">{t("notSent")}</span>
                ) : (
                  <>
                    {t.rich("sentOf", {
                      sent: number(mailing.progress.sent),
                      recipients: number(mailing.recipients ?? 0),
                      count: (chunks) => <span data-testid="mailing-sent">{chunks}</span>,
                    })}
                    <span className="cell-note">
                      {t("progress", {
                        queued: number(mailing.progress.queued),
                        skipped: number(mailing.progress.skipped),
                        failed: number(mailing.progress.failed),
                      })}
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
