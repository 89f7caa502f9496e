import { OUTCOME_LABELS, type Outcome } from "@/lib/campaigns/lifecycle";

/** What came of the campaign so far: delivered, response received, won. */
export function OutcomeBadge({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <span className="tag" data-testid="campaign-outcome">
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
