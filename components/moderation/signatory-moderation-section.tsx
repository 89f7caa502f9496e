import { DateTime } from "@/components/organizers/date-time";
import { TableRegion } from "@/components/organizers/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { SearchForm } from "@/components/ui/search-form";
import { hideCommentAction, hideNameAction, showCommentAction, showNameAction } from "@/lib/moderation/actions";
import type { ModeratedSignatory } from "@/lib/moderation/queries";
import { MODERATION_SEARCH_MAX } from "@/lib/moderation/schema";

type Props = { campaignSlug: string; signatories: ModeratedSignatory[]; search: string; canModerate: boolean };

function VisibilityButton({
  action,
  campaignSlug,
  signatory,
  label,
}: {
  action: (formData: FormData) => Promise<void>;
  campaignSlug: string;
  signatory: ModeratedSignatory;
  label: string;
}) {
  // Quiet, and without a question: hiding is undone by the button that takes its place.
  return (
    <ActionButton action={action} fields={{ campaignSlug, signatureId: signatory.id }}>
      {label}
      <span className="visually-hidden"> of {signatory.name}</span>
    </ActionButton>
  );
}

/**
 * Signers who chose to be listed, with what moderators hid from the public list: a hidden name takes
 * the signer off the list (their signature still counts), a hidden comment is left out. Plain forms
 * posting to server actions, so it all works without JavaScript.
 */
export function SignatoryModerationSection({ campaignSlug, signatories, search, canModerate }: Props) {
  return (
    <section aria-labelledby="moderate-signatories-title">
      <h2 id="moderate-signatories-title">Names and comments on the public list</h2>
      <p>The most recent 50 signers who chose to be listed, pending ones included. Hiding never changes the count.</p>
      <SearchForm id="moderation-search" label="Name contains" value={search} maxLength={MODERATION_SEARCH_MAX} ariaLabel="Search signers by name" />
      {signatories.length === 0 ? (
        <p data-testid="moderated-signatories-empty">{search ? `Nobody listed matches “${search}”.` : "Nobody has chosen to be listed yet."}</p>
      ) : (
        <TableRegion label="Names and comments on the public list">
          <table data-testid="moderated-signatories" className="table-wide">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Comment</th>
                <th scope="col">Status</th>
                <th scope="col">Signed (UTC)</th>
                {canModerate && <th scope="col">On the public list</th>}
              </tr>
            </thead>
            <tbody>
              {signatories.map((signatory) => (
                <tr key={signatory.id} data-signature-id={signatory.id}>
                  <th scope="row">
                    {signatory.name}
                    {signatory.nameHidden && (
                      <span className="cell-note">
                        <span className="tag tag-closed">Name hidden</span>
                      </span>
                    )}
                  </th>
                  <td>
                    {signatory.comment ?? <span className="muted">none</span>}
                    {signatory.comment && signatory.commentHidden && (
                      <span className="cell-note">
                        <span className="tag tag-closed">Comment hidden</span>
                      </span>
                    )}
                  </td>
                  <td>{signatory.status}</td>
                  <td>
                    <DateTime value={signatory.signedAt} />
                  </td>
                  {canModerate && (
                    <td>
                      <div className="row-actions">
                        <VisibilityButton
                          action={signatory.nameHidden ? showNameAction : hideNameAction}
                          campaignSlug={campaignSlug}
                          signatory={signatory}
                          label={signatory.nameHidden ? "Show name" : "Hide name"}
                        />
                        {signatory.comment && (
                          <VisibilityButton
                            action={signatory.commentHidden ? showCommentAction : hideCommentAction}
                            campaignSlug={campaignSlug}
                            signatory={signatory}
                            label={signatory.commentHidden ? "Show comment" : "Hide comment"}
                          />
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
