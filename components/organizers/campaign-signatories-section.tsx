import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { SearchForm } from "@/components/ui/search-form";
import { unverifySignatoryAction, verifySignatoryAction } from "@/lib/organizers/actions";
import type { ListedSignatory } from "@/lib/organizers/queries";
import { SIGNATORY_SEARCH_MAX } from "@/lib/organizers/schema";
import { TableRegion } from "@/components/ui/table-region";

type Props = { campaignSlug: string; signatories: ListedSignatory[]; search: string; canVerify: boolean };

/**
 * The listed signatories as the team sees them, with a verify button per row for those who may
 * edit the campaign. Plain forms posting to server actions, so it all works without JavaScript.
 */
export function CampaignSignatoriesSection({ campaignSlug, signatories, search, canVerify }: Props) {
  const t = useTranslations("organizer.signatories");
  return (
    <section aria-labelledby="listed-signatories-title">
      <h2 id="listed-signatories-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <SearchForm
        id="signatory-search"
        label={t("searchLabel")}
        value={search}
        maxLength={SIGNATORY_SEARCH_MAX}
        ariaLabel={t("searchAria")}
        submit={t("search")}
      />
      {signatories.length === 0 ? (
        <p data-testid="listed-signatories-empty">{search ? t.rich("noMatch", { search, bdi: (chunks) => <bdi>{chunks}</bdi> }) : t("nobody")}</p>
      ) : (
        <TableRegion label={t("title")}>
          <table data-testid="listed-signatories">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("office")}</th>
                <th scope="col">{t("place")}</th>
                <th scope="col">{t("verified")}</th>
              </tr>
            </thead>
            <tbody>
              {signatories.map((signatory) => (
                <tr key={signatory.id} data-signature-id={signatory.id}>
                  <th scope="row">
                    <bdi>{signatory.name}</bdi>
                  </th>
                  <td>{signatory.office ?? ""}</td>
                  <td>
                    <bdi>{signatory.place ?? ""}</bdi>
                  </td>
                  <td>
                    <span data-testid="verified-state">{signatory.verified ? t("isVerified") : t("notVerified")}</span>
                    {canVerify && (
                      <ActionButton
                        action={signatory.verified ? unverifySignatoryAction : verifySignatoryAction}
                        fields={{ campaignSlug, signatureId: signatory.id }}
                      >
                        {signatory.verified ? t("unverify") : t("verify")}
                        <span className="visually-hidden">{t("ofName", { name: signatory.name })}</span>
                      </ActionButton>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
