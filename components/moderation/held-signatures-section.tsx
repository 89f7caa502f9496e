import { useLocale, useTranslations } from "next-intl";
import { TableRegion } from "@/components/ui/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { formatterFor } from "@/lib/i18n/format";
import { invalidateHeldSignaturesAction, releaseHeldSignaturesAction } from "@/lib/moderation/actions";
import type { ModerationPage } from "@/lib/moderation/page-data";
import { HeldSignatureTable } from "./held-signature-table";

type Props = { campaignSlug: string; held: ModerationPage["held"]; canModerate: boolean };

/**
 * Signatures a velocity rule held (issue #13): accepted like any other, so their signers saw nothing,
 * but neither counted nor listed until a moderator releases them (counted at once if their owner
 * confirmed meanwhile) or invalidates them (undone from the list of invalidations). Each button
 * carries the count it shows: if more were held since, nothing changes and the page shows the new count.
 */
export function HeldSignaturesSection({ campaignSlug, held, canModerate }: Props) {
  const t = useTranslations("organizer.moderation.held");
  const format = formatterFor(useLocale());
  const total = held.byReason.reduce((sum, row) => sum + row.held, 0);
  return (
    <section aria-labelledby="held-title" data-testid="held-section">
      <h2 id="held-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      {total === 0 ? (
        <p data-testid="held-empty">{t("empty")}</p>
      ) : (
        <>
          <TableRegion label={t("byReasonLabel")}>
            <table data-testid="held-by-reason" className="table-wide">
              <thead>
                <tr>
                  <th scope="col">{t("reason")}</th>
                  <th scope="col" className="numeric">
                    {t("held")}
                  </th>
                  <th scope="col" className="numeric">
                    {t("ownerConfirmed")}
                  </th>
                  {canModerate && <th scope="col">{t("actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {held.byReason.map((row) => {
                  const fields = { campaignSlug, reason: row.reason, expectedCount: String(row.held) };
                  return (
                    <tr key={row.reason} data-held-reason={row.reason}>
                      <th scope="row">{t(`reasons.${row.reason}`)}</th>
                      <td className="numeric">{format.number(row.held)}</td>
                      <td className="numeric">{format.number(row.ownerConfirmed)}</td>
                      {canModerate && (
                        <td>
                          <div className="row-actions">
                            <ActionButton action={releaseHeldSignaturesAction} fields={fields} kind="secondary">
                              {t("releaseAll", { count: row.held })}
                            </ActionButton>
                            <ActionButton
                              action={invalidateHeldSignaturesAction}
                              fields={fields}
                              kind="quiet-danger"
                              confirm={t("invalidateAllConfirm", { count: row.held })}
                            >
                              {t("invalidateAll", { count: row.held })}
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
          <h3>{t("latestTitle", { shown: held.signatures.length, total })}</h3>
          <HeldSignatureTable campaignSlug={campaignSlug} signatures={held.signatures} canModerate={canModerate} />
        </>
      )}
    </section>
  );
}
