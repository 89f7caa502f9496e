import type { PublicSignatory } from "@/lib/signatory-list/queries";

/** Signatories who chose to be listed; officials checked by the organizers carry a mark. */
export function SignatoryList({ signatories }: { signatories: PublicSignatory[] }) {
  return (
    <ul className="signatory-list">
      {signatories.map((signatory, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the public list carries no ids, and two people of the same name may sign on the same day
        <li key={`${signatory.name}-${signatory.signedOn}-${index}`}>
          <strong>{signatory.name}</strong>
          {signatory.verified && (
            <span className="verified" title="Verified by the campaign team">
              {" "}
              ✓<span className="visually-hidden"> verified official</span>
            </span>
          )}
          {(signatory.office || signatory.place) && (
            <span className="muted"> — {[signatory.office, signatory.place].filter(Boolean).join(", ")}</span>
          )}
          {signatory.comment && <p className="signatory-comment">“{signatory.comment}”</p>}
        </li>
      ))}
    </ul>
  );
}
