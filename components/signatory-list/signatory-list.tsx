import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RegisterLegend, RegisterMark } from "@/components/register/register-mark";
import { officeOfLabel } from "@/lib/signatory-list/offices";
import type { PublicSignatory } from "@/lib/signatory-list/queries";

/** Names, places and comments keep their own direction inside the page's (a Latin name on a Persian page). */
const bdi = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

/** Signatories who chose to be listed; officials checked by the organizers carry a mark, those verified against the national register another. */
export function SignatoryList({ signatories }: { signatories: PublicSignatory[] }) {
  const t = useTranslations("campaign");
  const officeName = (label: string) => {
    const office = officeOfLabel(label);
    return office ? t(`offices.${office}`) : label;
  };
  const registerDates = signatories.flatMap((signatory) => (signatory.registerExtract ? [signatory.registerExtract] : []));
  return (
    <>
      <RegisterLegend extractDates={registerDates} />
      <ul className="signatory-list">
        {signatories.map((signatory, index) => {
          const office = signatory.office ? officeName(signatory.office) : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the public list carries no ids, and two people of the same name may sign on the same day
            <li key={`${signatory.name}-${signatory.signedOn}-${index}`}>
              <strong>
                <bdi>{signatory.name}</bdi>
              </strong>
              {signatory.verified && (
                <span className="verified" title={t("signatoryList.verifiedTitle")}>
                  {" "}
                  ✓<span className="visually-hidden"> {t("signatoryList.verified")}</span>
                </span>
              )}
              {signatory.registerExtract && (
                <>
                  {" "}
                  <RegisterMark extractDate={signatory.registerExtract} />
                </>
              )}
              {(office || signatory.place) && (
                <span className="muted">
                  {" — "}
                  {office && signatory.place ? (
                    t.rich("signatoryList.officeAndPlace", { office, place: signatory.place, bdi })
                  ) : (
                    <bdi>{office ?? signatory.place}</bdi>
                  )}
                </span>
              )}
              {signatory.comment && <p className="signatory-comment">{t.rich("signatoryList.comment", { comment: signatory.comment, bdi })}</p>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
