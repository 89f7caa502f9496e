import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { hashToken, isWellFormedToken } from "./tokens";
import { signerStatusSql } from "@/lib/velocity/rules";
import { withdrawalTokenMatches } from "./withdrawal-tokens";
import { confirmTokenMatches } from "./confirm-tokens";

export type TokenLookup = {
  campaignSlug: string;
  campaignTitle: string;
  /**
   * "invalidated": set aside by the campaign's moderators; only its withdrawal link still works.
   * A held signature reads as pending or confirmed, as its owner would expect (lib/velocity/rules.ts).
   */
  status: "pending" | "confirmed" | "invalidated";
  expired: boolean;
  /** Kept without consent (an OSDI client's signature, issue #13): the confirmation page asks for it. */
  consentRequired: boolean;
};

// Read-only lookups behind the confirmation and withdrawal pages. Opening a link never changes
// anything (mail scanners open links); the change is a POST from the page.

export async function findSignatureByConfirmToken(token: string): Promise<TokenLookup | null> {
  if (!isWellFormedToken(token)) return null;
  const found = await findBy(confirmTokenMatches(hashToken(token)));
  // confirmSignature refuses an invalidated signature, so its page says the link is not valid.
  return found?.status === "invalidated" ? null : found;
}

export async function findSignatureByWithdrawToken(token: string): Promise<TokenLookup | null> {
  if (!isWellFormedToken(token)) return null;
  // Any link the signer was ever sent (issue #13, finding 13).
  return findBy(withdrawalTokenMatches(hashToken(token)));
}

async function findBy(match: SQL): Promise<TokenLookup | null> {
  const [row] = (await getDb().execute(sql`
    select c.slug, c.title, ${signerStatusSql("s")} as status, coalesce(s.confirm_expires_at < now(), false) as expired,
           s.consented_at is null as consent_required
      from signatures s join campaigns c on c.id = s.campaign_id
     where ${match}`)) as unknown as {
    slug: string;
    title: string;
    status: TokenLookup["status"];
    expired: boolean;
    consent_required: boolean;
  }[];
  if (!row) return null;
  return {
    campaignSlug: row.slug,
    campaignTitle: row.title,
    status: row.status,
    expired: row.expired,
    consentRequired: row.consent_required,
  };
}
