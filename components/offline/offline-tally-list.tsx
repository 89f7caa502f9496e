import { DateTime } from "@/components/organizers/date-time";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/organizers/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { removeOfflineTallyAction } from "@/lib/offline/actions";
import type { OfflineTallyListItem } from "@/lib/offline/queries";

const number = new Intl.NumberFormat("en-GB");

type Props = { campaignSlug: string; tallies: OfflineTallyListItem[]; canEdit: boolean };

/**
 * The campaign's offline tallies as the team sees them, with a Remove button for those who may
 * edit. Plain forms posting to a server action, so it works without JavaScript; removing asks first.
 */
export function OfflineTallyList({ campaignSlug, tallies, canEdit }: Props) {
  if (tallies.length === 0) return <p data-testid="offline-tallies-empty">No offline signatures are recorded yet.</p>;
  return (
    <TableRegion label="Offline tallies of this campaign">
      <table data-testid="offline-tallies" className="table-wide">
        <caption className="visually-hidden">Offline tallies of this campaign</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              Signatures
            </th>
            <th scope="col">Description</th>
            <th scope="col">Source</th>
            <th scope="col">Recorded</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {tallies.map((tally) => (
            <tr key={tally.id} data-tally-id={tally.id}>
              <th scope="row" className="numeric">
                {number.format(tally.count)}
              </th>
              <td>
                {tally.description}
                {tally.importedFrom && (
                  <span className="cell-note">
                    Paper signatures imported from <LongText value={tally.importedFrom} />
                  </span>
                )}
              </td>
              <td>
                {tally.sourceUrl ? <a href={tally.sourceUrl}>{tally.sourceTitle}</a> : tally.sourceTitle}
                {tally.sourceDate && (
                  <span className="cell-note">
                    <DateTime value={new Date(`${tally.sourceDate}T00:00:00Z`)} dateOnly />
                  </span>
                )}
              </td>
              <td>
                <DateTime value={tally.recordedAt} dateOnly />
                {tally.recordedBy && (
                  <span className="cell-note">
                    by <LongText value={tally.recordedBy} />
                  </span>
                )}
              </td>
              {canEdit && (
                <td>
                  <ActionButton
                    action={removeOfflineTallyAction}
                    fields={{ campaignSlug, tallyId: tally.id }}
                    kind="quiet-danger"
                    confirm={`Remove the tally of ${number.format(tally.count)} signatures from “${tally.sourceTitle}”? They no longer count towards the total.`}
                  >
                    Remove
                    <span className="visually-hidden">
                      {" "}
                      the tally of {number.format(tally.count)} signatures from {tally.sourceTitle}
                    </span>
                  </ActionButton>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
