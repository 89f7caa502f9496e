import { useLocale, useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { TableRegion } from "@/components/ui/table-region";
import { formatterFor } from "@/lib/i18n/format";
import { decideRegisterMatchAction } from "@/lib/register/actions";
import type { RegisterMatchItem } from "@/lib/register/queries";
import { OFFICES, type Office } from "@/lib/signatory-list/offices";

/** A campaign's signatures of officials as the register sees them; those to review carry Confirm and Reject. */
export function RegisterReviewTable({ campaignSlug, matches }: { campaignSlug: string; matches: RegisterMatchItem[] }) {
  const t = useTranslations("register.review");
  const offices = useTranslations("campaign.offices");
  const format = formatterFor(useLocale());
  const officeName = (office: string | null) => (office && office in OFFICES ? offices(office as Office) : (office ?? ""));
  const titleCase = (name: string) => name.replace(/(^|[\s-])(\p{L})/gu, (_all, space: string, letter: string) => space + letter.toUpperCase());
  return (
    <TableRegion label={t("tableLabel")}>
      <table data-testid="register-matches">
        <thead>
          <tr>
            <th scope="col">{t("columns.signer")}</th>
            <th scope="col">{t("columns.office")}</th>
            <th scope="col">{t("columns.result")}</th>
            <th scope="col">{t("columns.register")}</th>
            <th scope="col">{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {matches.map((match) => (
            <tr key={match.signatureId} data-result={match.result}>
              <th scope="row">
                <bdi>{match.fullName}</bdi>
                <br />
                <span className="muted">
                  <bdi>{match.municipality ?? match.communeCode}</bdi> ({match.communeCode})
                </span>
              </th>
              <td>{officeName(match.office)}</td>
              <td>
                {t(`results.${match.result}`)}
                {match.difference && (
                  <>
                    <br />
                    <span className="muted">{t(`differences.${match.difference as "office"}`)}</span>
                  </>
                )}
              </td>
              <td>
                {match.officialName && (
                  <>
                    {/* Who left office is no longer in this extract: their entry is the one before. */}
                    {t(match.result === "left-office" ? "formerEntry" : "registerEntry", {
                      name: titleCase(match.officialName),
                      office: officeName(match.officialOffice),
                    })}
                    <br />
                  </>
                )}
                <span className="muted">
                  {t(match.result === "left-office" ? "absentFrom" : "extractOf", { date: format.date(match.extractDate, "long") })}
                </span>
              </td>
              <td>
                {match.decision && <p>{t(`decisions.${match.decision}`)}</p>}
                {match.result === "review" && (
                  <div className="row-actions">
                    {match.decision !== "confirmed" && (
                      <ActionButton
                        action={decideRegisterMatchAction}
                        fields={{ campaignSlug, signatureId: match.signatureId, decision: "confirmed" }}
                      >
                        {t("confirm")}
                      </ActionButton>
                    )}
                    {match.decision !== "rejected" && (
                      <ActionButton
                        action={decideRegisterMatchAction}
                        fields={{ campaignSlug, signatureId: match.signatureId, decision: "rejected" }}
                        kind="quiet-danger"
                      >
                        {t("reject")}
                      </ActionButton>
                    )}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
