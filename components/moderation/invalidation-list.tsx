import { ActionButton } from "@/components/ui/action-button";
import { undoInvalidationAction } from "@/lib/moderation/actions";
import type { InvalidationListItem } from "@/lib/moderation/queries";
import { describeFilter } from "@/lib/moderation/schema";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const when = (date: Date) => `${dateTime.format(date)} UTC`;

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
    <table data-testid="invalidations">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Filter</th>
          <th scope="col">Reason</th>
          <th scope="col">Signatures</th>
          <th scope="col">By</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {invalidations.map((invalidation) => (
          <tr key={invalidation.id} data-invalidation-id={invalidation.id}>
            <td>{when(invalidation.createdAt)}</td>
            <td>{describeFilter(invalidation.filter)}</td>
            <td>{invalidation.reason}</td>
            <td>
              {invalidation.matched}
              {!invalidation.undoneAt && invalidation.stillInvalidated !== invalidation.matched && (
                <span className="muted"> ({invalidation.matched - invalidation.stillInvalidated} withdrawn since)</span>
              )}
            </td>
            <td>{invalidation.createdBy ?? "a removed user"}</td>
            <td>
              {invalidation.undoneAt ? (
                `Undone ${when(invalidation.undoneAt)} by ${invalidation.undoneBy ?? "a removed user"}`
              ) : canModerate ? (
                <ActionButton action={undoInvalidationAction} fields={{ campaignSlug, invalidationId: invalidation.id }}>
                  Undo<span className="visually-hidden"> the invalidation of {when(invalidation.createdAt)}</span>
                </ActionButton>
              ) : (
                "In force"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
