import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaigns, signatures } from "@/lib/db/schema";
import { checkUnsubscribeToken, SAMPLE_UNSUBSCRIBE_TOKEN } from "./unsubscribe-token";
import { unsubscribeSignature } from "./mutations";

// Unsubscribing from a campaign's updates (issue #3), by the link in every update: a page with a
// button, and the RFC 8058 one-click POST that mail clients send. Opening the page changes nothing,
// since mail scanners fetch links. Nothing here shows the signer's address.

export type UnsubscribeTarget =
  | { kind: "sample" }
  | { kind: "invalid" }
  /** A genuine link whose signature was since withdrawn: nothing will be sent to it anyway. */
  | { kind: "gone" }
  | { kind: "found"; campaignTitle: string; campaignSlug: string; subscribed: boolean };

/** What the page shows for a link. Reads only. */
export async function findUnsubscribeTarget(token: string): Promise<UnsubscribeTarget> {
  if (token === SAMPLE_UNSUBSCRIBE_TOKEN) return { kind: "sample" };
  const check = checkUnsubscribeToken(token);
  if (check.kind !== "valid") return { kind: "invalid" };
  const [row] = await getDb()
    .select({ campaignTitle: campaigns.title, campaignSlug: campaigns.slug, subscribed: signatures.optInUpdates })
    .from(signatures)
    .innerJoin(campaigns, eq(campaigns.id, signatures.campaignId))
    .where(eq(signatures.id, check.signatureId))
    .limit(1);
  return row ? { kind: "found", ...row } : { kind: "gone" };
}

export type UnsubscribeOutcome = { kind: "unsubscribed" } | { kind: "malformed" } | { kind: "unknown" };

/**
 * Turns updates off for the signature the link names. A genuine link always succeeds, again and
 * again, and also when its signature is gone; a link that is not well formed is "malformed", and a
 * well-formed one whose signature does not match is "unknown" (answered like a missing page).
 */
export async function unsubscribeByToken(token: string): Promise<UnsubscribeOutcome> {
  const check = checkUnsubscribeToken(token);
  if (check.kind === "malformed") return { kind: "malformed" };
  if (check.kind === "forged") return { kind: "unknown" };
  await unsubscribeSignature(check.signatureId);
  return { kind: "unsubscribed" };
}
