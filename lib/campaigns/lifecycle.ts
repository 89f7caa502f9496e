import type { Campaign } from "@/lib/db/schema";
import type { TransitionName, UpdateKind } from "./schema";

// A campaign's life (issue #3): draft → open → closed → archived. The rules alone, as pure
// functions, so the buttons shown and the command that acts agree on them.

type Status = Campaign["status"];
type Lifecycle = Pick<Campaign, "status" | "closesAt" | "title" | "summary" | "statement" | "decisionMakers" | "goal">;

export const TRANSITIONS = {
  publish: { from: ["draft"], to: "open", label: "Publish", audit: "campaign.publish" },
  close: { from: ["open"], to: "closed", label: "Close now", audit: "campaign.close" },
  reopen: { from: ["closed"], to: "open", label: "Reopen", audit: "campaign.reopen" },
  archive: { from: ["open", "closed"], to: "archived", label: "Archive", audit: "campaign.archive" },
  restore: { from: ["archived"], to: "closed", label: "Restore", audit: "campaign.restore" },
} as const satisfies Record<TransitionName, { from: Status[]; to: Status; label: string; audit: string }>;

type Publishable = Pick<Lifecycle, "title" | "summary" | "statement" | "decisionMakers" | "goal">;

/** What a published campaign must have and this one lacks, by field: "a statement", "a summary"… */
function missingForPublication(campaign: Publishable): Partial<Record<keyof Publishable, string>> {
  const missing: Partial<Record<keyof Publishable, string>> = {};
  if (!campaign.title.trim()) missing.title = "a title";
  if (!campaign.summary.trim()) missing.summary = "a summary";
  if (!campaign.statement.trim()) missing.statement = "a statement";
  if (campaign.decisionMakers.length === 0) missing.decisionMakers = "at least one decision maker";
  if (campaign.goal < 1) missing.goal = "a goal";
  return missing;
}

/** The same, as field errors for a published campaign's settings form. */
export function publishProblems(campaign: Publishable): Record<string, string> {
  return Object.fromEntries(Object.entries(missingForPublication(campaign)).map(([field, what]) => [field, `A published campaign needs ${what}`]));
}

/** Why a transition is refused for this campaign now, or null when it is allowed. */
export function transitionRefusal(campaign: Lifecycle, name: TransitionName, now = new Date()): string | null {
  const transition = TRANSITIONS[name];
  if (!(transition.from as readonly Status[]).includes(campaign.status)) {
    return `A campaign that is ${campaign.status} cannot be ${PAST_TENSE[name]}.`;
  }
  if (name === "publish" || name === "reopen") {
    if (campaign.closesAt && campaign.closesAt <= now) {
      return "Its closing date has passed: set a later closing date, or clear it, first.";
    }
  }
  const missing = Object.values(missingForPublication(campaign));
  if (name === "publish" && missing.length > 0) {
    return `Before it can be published, it needs ${missing.join(", ")}.`;
  }
  return null;
}

const PAST_TENSE: Record<TransitionName, string> = {
  publish: "published",
  close: "closed",
  reopen: "reopened",
  archive: "archived",
  restore: "restored",
};

/** The transitions whose starting status matches, whether or not other rules then refuse them. */
export function transitionsFrom(status: Status): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((name) => (TRANSITIONS[name].from as readonly Status[]).includes(status));
}

// Outcomes in the order they usually happen: the campaign keeps the furthest reached, so a late
// "delivered" update after a "won" does not step it back.
const OUTCOME_ORDER = ["delivered", "response", "won"] as const;
export type Outcome = (typeof OUTCOME_ORDER)[number];

export function furthestOutcome(current: Outcome | null, reached: UpdateKind): Outcome | null {
  if (reached === "news") return current;
  if (current === null) return reached;
  return OUTCOME_ORDER.indexOf(reached) > OUTCOME_ORDER.indexOf(current) ? reached : current;
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  delivered: "Delivered",
  response: "Response received",
  won: "Won",
};
