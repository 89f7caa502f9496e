import { ActionButton } from "@/components/ui/action-button";
import { SearchForm } from "@/components/ui/search-form";
import { unverifySignatoryAction, verifySignatoryAction } from "@/lib/organizers/actions";
import type { ListedSignatory } from "@/lib/organizers/queries";
import { SIGNATORY_SEARCH_MAX } from "@/lib/organizers/schema";
import { TableRegion } from "./table-region";

type Props = { campaignSlug: string; signatories: ListedSignatory[]; search: string; canVerify: boolean };

/**
 * The listed signatories as the team sees them, with a verify button per row for those who may
 * edit the campaign. Plain forms posting to server actions, so it all works without JavaScript.
 */
export function CampaignSignatoriesSection({ campaignSlug, signatories, search, canVerify }: Props) {
  return (
    <section aria-labelledby="listed-signatories-title">
      <h2 id="listed-signatories-title">Signatories who chose to be listed</h2>
      <p>The most recent 50. Officials marked as verified carry a ✓ on the public list and are shown first there.</p>
      <SearchForm
        id="signatory-search"
        label="Name contains"
        value={search}
        maxLength={SIGNATORY_SEARCH_MAX}
        ariaLabel="Search the listed signatories"
      />
      {signatories.length === 0 ? (
        <p data-testid="listed-signatories-empty">{search ? `Nobody listed matches “${search}”.` : "Nobody has chosen to be listed yet."}</p>
      ) : (
        <TableRegion label="Signatories who chose to be listed">
          <table data-testid="listed-signatories">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Office</th>
                <th scope="col">Place</th>
                <th scope="col">Verified</th>
              </tr>
            </thead>
            <tbody>
              {signatories.map((signatory) => (
                <tr key={signatory.id} data-signature-id={signatory.id}>
                  <th scope="row">{signatory.name}</th>
                  <td>{signatory.office ?? ""}</td>
                  <td>{signatory.place ?? ""}</td>
                  <td>
                    <span data-testid="verified-state">{signatory.verified ? "✓ verified" : "not verified"}</span>
                    {canVerify && (
                      <ActionButton
                        action={signatory.verified ? unverifySignatoryAction : verifySignatoryAction}
                        fields={{ campaignSlug, signatureId: signatory.id }}
                      >
                        {signatory.verified ? "Remove verification" : "Mark as verified"}
                        <span className="visually-hidden"> of {signatory.name}</span>
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
