import { useTranslations } from "next-intl";
import type { Outcome } from "@/lib/campaigns/lifecycle";

/** What came of the campaign so far: delivered, response received, won. */
export function OutcomeBadge({ outcome }: { outcome: Outcome | null }) {
  const t = useTranslations("campaign.outcomes");
  if (!outcome) return null;
  return (
    <span className="tag" data-testid="campaign-outcome">
      {t(outcome)}
    </span>
  );
}
