import { nextMilestone } from "@/lib/tallies/milestones";
import type { Tally } from "@/lib/tallies/queries";

const numberFormat = new Intl.NumberFormat("en-GB");

type Props = {
  tally: Tally;
  goal: number;
  /** The campaign's milestones after the goal; without them, the target doubles past the goal. */
  milestones?: readonly number[];
  headingLevel?: "h2" | "h3" | "p";
};

export function CampaignProgress({ tally, goal, milestones, headingLevel = "h2" }: Props) {
  const { target, goalReached } = nextMilestone(tally.total, goal, milestones);
  const percent = Math.min(100, Math.round((tally.total / target) * 100));
  const Heading = headingLevel;
  return (
    <div className="campaign-progress">
      <Heading className="visually-hidden">Signatures</Heading>
      <p>
        <strong className="count" data-testid="signature-count">
          {numberFormat.format(tally.total)}
        </strong>{" "}
        {tally.total === 1 ? "signature" : "signatures"}
        {goalReached
          ? `: the goal of ${numberFormat.format(goal)} is reached. Next milestone: ${numberFormat.format(target)}`
          : ` of a goal of ${numberFormat.format(goal)}`}
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-label="Progress towards the goal"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      {tally.offline > 0 && (
        <p className="muted">
          {numberFormat.format(tally.online)} confirmed online and {numberFormat.format(tally.offline)} documented offline.
        </p>
      )}
    </div>
  );
}
