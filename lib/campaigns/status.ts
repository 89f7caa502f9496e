import { sql } from "drizzle-orm";
import type { Campaign } from "@/lib/db/schema";
import { formatterFor } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";

/** A campaign is signable while it is open and inside its opening window. */
export function isAcceptingSignatures(campaign: Pick<Campaign, "status" | "opensAt" | "closesAt">, now = new Date()): boolean {
  if (campaign.status !== "open") return false;
  if (campaign.opensAt && campaign.opensAt > now) return false;
  if (campaign.closesAt && campaign.closesAt <= now) return false;
  return true;
}

/**
 * What the public sees: "open" (signable now), "upcoming" (published, opening at a later date) or
 * "closed" (closed, archived, or past its closing date).
 */
export type SigningState = "open" | "upcoming" | "closed";

export function signingState(campaign: Pick<Campaign, "status" | "opensAt" | "closesAt">, now = new Date()): SigningState {
  if (isAcceptingSignatures(campaign, now)) return "open";
  const upcoming = campaign.status === "open" && campaign.opensAt && campaign.opensAt > now && !(campaign.closesAt && campaign.closesAt <= now);
  return upcoming ? "upcoming" : "closed";
}

/** A root translator with plain string keys (catalog keys built from data are not literal types). */
type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/**
 * When an upcoming campaign opens, in the reader's language, always in UTC: "5 December 2026 at
 * 09:00 UTC", "5 décembre 2026 à 09:00 UTC", and in Persian the Solar Hijri day with Persian digits.
 */
export function openingLabel(opensAt: Date, locale = "en"): string {
  const t = translatorFor(locale) as unknown as Translate;
  return t("campaign.opening.label", { date: formatterFor(locale).date(opensAt, "long"), at: opensAt });
}

/** The same rule in SQL, for statements that must decide under a row lock. `c` is the campaigns row. */
export const acceptingSignaturesSql = sql`(c.status = 'open' and (c.opens_at is null or c.opens_at <= now())
  and (c.closes_at is null or c.closes_at > now()))`;

/** Campaigns the public may see: drafts are not published yet, archived ones are withdrawn. */
export const PUBLIC_CAMPAIGN_STATUSES = ["open", "closed"] as const satisfies Campaign["status"][];

export function isPublicCampaign(campaign: Pick<Campaign, "status">): boolean {
  return (PUBLIC_CAMPAIGN_STATUSES as readonly string[]).includes(campaign.status);
}
