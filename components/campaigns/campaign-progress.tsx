import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatterFor } from "@/lib/i18n/format";
import { nextMilestone } from "@/lib/tallies/milestones";
import type { Tally } from "@/lib/tallies/queries";

type Props = {
  tally: Tally;
  goal: number;
  /** The campaign's milestones after the goal; without them, the target doubles past the goal. */
  milestones?: readonly number[];
  headingLevel?: "h2" | "h3" | "p";
};

/** The count and its bar. The bar fills from the reading direction's start: from the right in Persian. */
export function CampaignProgress({ tally, goal, milestones, headingLevel = "h2" }: Props) {
  const t = useTranslations("campaign.progress");
  const format = formatterFor(useLocale());
  const { target, goalReached } = nextMilestone(tally.total, goal, milestones);
  const percent = Math.min(100, Math.round((tally.total / target) * 100));
  const Heading = headingLevel;
  const values = {
    count: tally.total,
    total: format.number(tally.total),
    goal: format.number(goal),
    strong: (chunks: ReactNode) => (
      <strong className="count" data-testid="signature-count">
        {chunks}
      </strong>
    ),
  };
  return (
    <div className="campaign-progress">
      <Heading className="visually-hidden">{t("heading")}</Heading>
      <p>{goalReached ? t.rich("goalReached", { ...values, target: format.number(target) }) : t.rich("ofGoal", values)}</p>
      <div className="progress" role="progressbar" aria-label={t("ariaLabel")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <span style={{ inlineSize: `${percent}%` }} />
      </div>
      {tally.offline > 0 && (
        <p className="muted">{t("onlineOffline", { online: format.number(tally.online), offline: format.number(tally.offline) })}</p>
      )}
    </div>
  );
}
