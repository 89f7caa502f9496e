import type { Campaign } from "@/lib/db/schema";
import { keyList, messageKey } from "@/lib/i18n/message-key";
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

/** What a published campaign must have and this one lacks, in the form's order. */
function missingForPublication(campaign: Publishable): (keyof Publishable)[] {
  const missing: (keyof Publishable)[] = [];
  if (!campaign.title.trim()) missing.push("title");
  if (!campaign.summary.trim()) missing.push("summary");
  if (!campaign.statement.trim()) missing.push("statement");
  if (campaign.decisionMakers.length === 0) missing.push("decisionMakers");
  if (campaign.goal < 1) missing.push("goal");
  return missing;
}

/** The same, as field errors (message keys) for a published campaign's settings form. */
export function publishProblems(campaign: Publishable): Record<string, string> {
  return Object.fromEntries(missingForPublication(campaign).map((field) => [field, messageKey(`editor.errors.publishedNeeds.${field}`)]));
}

/**
 * Why a transition is refused for this campaign now, or null when it is allowed: a message key
 * (lib/i18n/message-key.ts). The status and the missing parts travel as `@`-prefixed keys (joined
 * by `|`), which lib/campaigns/show-message.ts shows in the reader's language.
 */
export function transitionRefusal(campaign: Lifecycle, name: TransitionName, now = new Date()): string | null {
  const transition = TRANSITIONS[name];
  if (!(transition.from as readonly Status[]).includes(campaign.status)) {
    return messageKey(`editor.lifecycle.refusals.${name}`, { status: keyList([`editor.status.${campaign.status}`]) });
  }
  if (name === "publish" || name === "reopen") {
    if (campaign.closesAt && campaign.closesAt <= now) {
      return messageKey("editor.lifecycle.refusals.closingDatePassed");
    }
  }
  const missing = missingForPublication(campaign);
  if (name === "publish" && missing.length > 0) {
    return messageKey("editor.lifecycle.refusals.incomplete", {
      missing: keyList(missing.map((field) => `editor.lifecycle.missing.${field}`)),
    });
  }
  return null;
}

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
