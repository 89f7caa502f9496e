import { useTranslations } from "next-intl";
import { DateTime } from "@/components/organizers/date-time";
import { TableRegion } from "@/components/ui/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { invalidateHeldSignaturesAction, releaseHeldSignaturesAction } from "@/lib/moderation/actions";
import type { HeldSignature } from "@/lib/moderation/queries";

type Props = { campaignSlug: string; signatures: HeldSignature[]; canModerate: boolean };

/** The latest held signatures, one Release and one Invalidate button each. No email address: its domain at most. */
export function HeldSignatureTable({ campaignSlug, signatures, canModerate }: Props) {
  const t = useTranslations("organizer.moderation.held");
  const withDomain = signatures.some((signature) => signature.emailDomain !== null);
  return (
    <TableRegion label={t("latestLabel")}>
      <table data-testid="held-signatures" className="table-wide">
        <thead>
          <tr>
            <th scope="col">{t("nameAndRule")}</th>
            <th scope="col">{t("heldAt")}</th>
            <th scope="col">{t("confirmedByOwner")}</th>
            {withDomain && <th scope="col">{t("emailDomain")}</th>}
            {canModerate && <th scope="col">{t("actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {signatures.map((signature) => {
            const fields = { campaignSlug, signatureId: signature.id, expectedCount: "1" };
            const ofName = <span className="visually-hidden">{t("ofName", { name: signature.name })}</span>;
            return (
              <tr key={signature.id} data-signature-id={signature.id}>
                {/* The rule under the name: a column of its own squeezed every other one on a laptop. */}
                <th scope="row">
                  <bdi>{signature.name}</bdi>
                  <span className="cell-note">{t(`reasons.${signature.reason}`)}</span>
                </th>
                <td>
                  <DateTime value={signature.heldAt} />
                </td>
                <td>{signature.ownerConfirmed ? t("yes") : t("no")}</td>
                {withDomain && (
                  <td>
                    <bdi dir="ltr" className="nowrap">
                      {signature.emailDomain}
                    </bdi>
                  </td>
                )}
                {canModerate && (
                  <td>
                    <div className="row-actions">
                      <ActionButton action={releaseHeldSignaturesAction} fields={fields}>
                        {t("release")}
                        {ofName}
                      </ActionButton>
                      <ActionButton action={invalidateHeldSignaturesAction} fields={fields} kind="quiet-danger">
                        {t("invalidate")}
                        {ofName}
                      </ActionButton>
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
