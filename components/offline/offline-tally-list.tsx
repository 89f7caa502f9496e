import { useLocale, useTranslations } from "next-intl";
import { DateTime } from "@/components/organizers/date-time";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/ui/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { formatterFor } from "@/lib/i18n/format";
import { removeOfflineTallyAction } from "@/lib/offline/actions";
import type { OfflineTallyListItem } from "@/lib/offline/queries";

type Props = { campaignSlug: string; tallies: OfflineTallyListItem[]; canEdit: boolean };

/**
 * The campaign's offline tallies as the team sees them, with a Remove button for those who may
 * edit. Plain forms posting to a server action, so it works without JavaScript; removing asks first.
 */
export function OfflineTallyList({ campaignSlug, tallies, canEdit }: Props) {
  const t = useTranslations("organizer.offline.list");
  const format = formatterFor(useLocale());
  if (tallies.length === 0) return <p data-testid="offline-tallies-empty">{t("empty")}</p>;
  return (
    <TableRegion label={t("tableLabel")}>
      <table data-testid="offline-tallies" className="table-wide">
        <caption className="visually-hidden">{t("tableLabel")}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t("signatures")}
            </th>
            <th scope="col">{t("description")}</th>
            <th scope="col">{t("source")}</th>
            <th scope="col">{t("recorded")}</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t("remove")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {tallies.map((tally) => (
            <tr key={tally.id} data-tally-id={tally.id}>
              <th scope="row" className="numeric">
                {format.number(tally.count)}
              </th>
              <td dir="auto">
                {tally.description}
                {tally.importedFrom && (
                  <span className="cell-note">
                    {t.rich("importedFrom", {
                      file: () => (
                        <bdi>
                          <LongText value={tally.importedFrom as string} />
                        </bdi>
                      ),
                    })}
                  </span>
                )}
              </td>
              <td>
                {tally.sourceUrl ? (
                  <a href={tally.sourceUrl}>
                    <bdi>{tally.sourceTitle}</bdi>
                  </a>
                ) : (
                  <bdi>{tally.sourceTitle}</bdi>
                )}
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
                    {t.rich("recordedBy", {
                      who: () => (
                        <bdi>
                          <LongText value={tally.recordedBy as string} />
                        </bdi>
                      ),
                    })}
                  </span>
                )}
              </td>
              {canEdit && (
                <td>
                  <ActionButton
                    action={removeOfflineTallyAction}
                    fields={{ campaignSlug, tallyId: tally.id }}
                    kind="quiet-danger"
                    confirm={t("removeConfirm", { count: tally.count, source: tally.sourceTitle })}
                  >
                    {t("remove")}
                    <span className="visually-hidden">{t("removeHidden", { count: tally.count, source: tally.sourceTitle })}</span>
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
