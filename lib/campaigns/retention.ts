import type { Campaign } from "@/lib/db/schema";

// How long signers' personal data is kept (issue #13): retention_months after the campaign closed
// (closed_at: closing by hand, at the closing date, or archiving), then lib/privacy/anonymisation.ts
// erases it. Reopening clears closed_at, and with it the date.

export const RETENTION_MONTHS = { min: 1, max: 60, default: 6 } as const;

type Retention = Pick<Campaign, "status" | "closedAt" | "retentionMonths" | "anonymisedAt">;

/** Adds calendar months in UTC as PostgreSQL does (31 January + 1 month = 28 or 29 February). */
function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  target.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return target;
}

/** When the data will be (or was) erased: null while the campaign has not closed. */
export function erasureDate(campaign: Retention): Date | null {
  if (campaign.anonymisedAt) return campaign.anonymisedAt;
  if (campaign.status === "draft" || campaign.status === "open" || !campaign.closedAt) return null;
  return addMonths(campaign.closedAt, campaign.retentionMonths);
}

/**
 * Whether signers' data is erased or due to be: from then on nothing may change which signatures
 * count (moderation recounts from the rows it anonymises), whether or not the sweep has run yet.
 */
export function isErasedOrDue(campaign: Retention, now = new Date()): boolean {
  const date = erasureDate(campaign);
  return date !== null && date <= now;
}
