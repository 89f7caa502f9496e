import { useTranslations } from "next-intl";
import { DateTime } from "@/components/organizers/date-time";
import { TableRegion } from "@/components/ui/table-region";
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
  const t = useTranslations("organizer.moderation.signatories");
  // Quiet, and without a question: hiding is undone by the button that takes its place.
  return (
    <ActionButton action={action} fields={{ campaignSlug, signatureId: signatory.id }}>
      {label}
      <span className="visually-hidden">{t("ofName", { name: signatory.name })}</span>
    </ActionButton>
  );
}

/**
 * Signers who chose to be listed, with what moderators hid from the public list: a hidden name takes
 * the signer off the list (their signature still counts), a hidden comment is left out. Plain forms
 * posting to server actions, so it all works without JavaScript.
 */
export function SignatoryModerationSection({ campaignSlug, signatories, search, canModerate }: Props) {
  const t = useTranslations("organizer.moderation.signatories");
  const status = useTranslations("organizer.signatureStatus");
  return (
    <section aria-labelledby="moderate-signatories-title">
      <h2 id="moderate-signatories-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <SearchForm
        id="moderation-search"
        label={t("searchLabel")}
        value={search}
        maxLength={MODERATION_SEARCH_MAX}
        ariaLabel={t("searchAria")}
        submit={t("search")}
      />
      {signatories.length === 0 ? (
        <p data-testid="moderated-signatories-empty">{search ? t.rich("noMatch", { search, bdi: (chunks) => <bdi>{chunks}</bdi> }) : t("nobody")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table data-testid="moderated-signatories" className="table-wide">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("comment")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("signed")}</th>
                {canModerate && <th scope="col">{t("onPublicList")}</th>}
              </tr>
            </thead>
            <tbody>
              {signatories.map((signatory) => (
                <tr key={signatory.id} data-signature-id={signatory.id}>
                  <th scope="row">
                    <bdi>{signatory.name}</bdi>
                    {signatory.nameHidden && (
                      <span className="cell-note">
                        <span className="tag tag-closed">{t("nameHidden")}</span>
                      </span>
                    )}
                  </th>
                  <td dir={signatory.comment ? "auto" : undefined}>
                    {signatory.comment ?? <span className="muted">{t("noComment")}</span>}
                    {signatory.comment && signatory.commentHidden && (
                      <span className="cell-note">
                        <span className="tag tag-closed">{t("commentHidden")}</span>
                      </span>
                    )}
                  </td>
                  <td>{status(signatory.status)}</td>
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
                          label={signatory.nameHidden ? t("showName") : t("hideName")}
                        />
                        {signatory.comment && (
                          <VisibilityButton
                            action={signatory.commentHidden ? showCommentAction : hideCommentAction}
                            campaignSlug={campaignSlug}
                            signatory={signatory}
                            label={signatory.commentHidden ? t("showComment") : t("hideComment")}
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
