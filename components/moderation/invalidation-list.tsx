import { useLocale, useTranslations } from "next-intl";
import { DateTime, formatDateTime } from "@/components/organizers/date-time";
import { LongText } from "@/components/organizers/long-text";
import { TableRegion } from "@/components/ui/table-region";
import { ActionButton } from "@/components/ui/action-button";
import { formatterFor } from "@/lib/i18n/format";
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
  const t = useTranslations("organizer.moderation.list");
  const root = useTranslations();
  const locale = useLocale();
  const format = formatterFor(locale);
  if (invalidations.length === 0) return <p data-testid="invalidations-empty">{t("empty")}</p>;
  const who = (email: string | null) => (
    <bdi>
      <LongText value={email ?? t("removedUser")} />
    </bdi>
  );
  return (
    <TableRegion label={t("tableLabel")}>
      <table data-testid="invalidations" className="table-wide">
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("filter")}</th>
            <th scope="col">{t("reason")}</th>
            <th scope="col" className="numeric">
              {t("signatures")}
            </th>
            <th scope="col">{t("by")}</th>
            <th scope="col">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {invalidations.map((invalidation) => (
            <tr key={invalidation.id} data-invalidation-id={invalidation.id}>
              <td>
                <DateTime value={invalidation.createdAt} />
              </td>
              <td>
                <LongText value={describeFilter(invalidation.filter, root)} />
              </td>
              {/* Held signatures are invalidated from their own section, with a reason the page words. */}
              <td dir="auto">{invalidation.filter.held ? root("organizer.moderation.held.invalidationReason") : invalidation.reason}</td>
              <td className="numeric">
                {format.number(invalidation.matched)}
                {!invalidation.undoneAt && invalidation.stillInvalidated !== invalidation.matched && (
                  <span className="cell-note">{t("withdrawnSince", { count: invalidation.matched - invalidation.stillInvalidated })}</span>
                )}
              </td>
              <td>{who(invalidation.createdBy)}</td>
              <td>
                {invalidation.undoneAt ? (
                  t.rich("undone", {
                    when: () => <DateTime value={invalidation.undoneAt as Date} />,
                    who: () => who(invalidation.undoneBy),
                  })
                ) : canModerate ? (
                  <>
                    <span className="nowrap">{t("inForce")}</span>
                    <ActionButton action={undoInvalidationAction} fields={{ campaignSlug, invalidationId: invalidation.id }}>
                      {t.rich("undo", {
                        when: formatDateTime(invalidation.createdAt, locale),
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      })}
                    </ActionButton>
                  </>
                ) : (
                  t("inForce")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
