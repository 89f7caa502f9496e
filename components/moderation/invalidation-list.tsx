import { DateTime, formatDateTime } from "@/components/organizers/date-time";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/organizers/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { undoInvalidationAction } from "@/lib/moderation/actions";
import type { InvalidationListItem } from "@/lib/moderation/queries";
import { describeFilter } from "@/lib/moderation/schema";

/** The campaign's invalidations, newest first, each with an Undo button until it is undone. */
export function InvalidationList({
  campaignSlug,
  invalidations,
  canModerate,
}: {
  campaignSlug: string;
  invalidations: InvalidationListItem[];
  canModerate: boolean;
}) {
  if (invalidations.length === 0) return <p data-testid="invalidations-empty">No signatures have been invalidated.</p>;
  return (
    <TableRegion label="Invalidations">
      <table data-testid="invalidations" className="table-wide">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Filter</th>
            <th scope="col">Reason</th>
            <th scope="col" className="numeric">
              Signatures
            </th>
            <th scope="col">By</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {invalidations.map((invalidation) => (
            <tr key={invalidation.id} data-invalidation-id={invalidation.id}>
              <td>
                <DateTime value={invalidation.createdAt} />
              </td>
              <td>
                <LongText value={describeFilter(invalidation.filter)} />
              </td>
              <td>{invalidation.reason}</td>
              <td className="numeric">
                {invalidation.matched}
                {!invalidation.undoneAt && invalidation.stillInvalidated !== invalidation.matched && (
                  <span className="cell-note">{invalidation.matched - invalidation.stillInvalidated} withdrawn since</span>
                )}
              </td>
              <td>
                <LongText value={invalidation.createdBy ?? "a removed user"} />
              </td>
              <td>
                {invalidation.undoneAt ? (
                  <>
                    Undone <DateTime value={invalidation.undoneAt} /> by <LongText value={invalidation.undoneBy ?? "a removed user"} />
                  </>
                ) : canModerate ? (
                  <>
                    <span className="nowrap">In force</span>
                    <ActionButton action={undoInvalidationAction} fields={{ campaignSlug, invalidationId: invalidation.id }}>
                      Undo<span className="visually-hidden"> the invalidation of {formatDateTime(invalidation.createdAt)} UTC</span>
                    </ActionButton>
                  </>
                ) : (
                  "In force"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
