import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { hashToken, isWellFormedToken } from "./tokens";

export type TokenLookup = {
  campaignSlug: string;
  campaignTitle: string;
  /** "invalidated": set aside by the campaign's moderators; only its withdrawal link still works. */
  status: "pending" | "confirmed" | "invalidated";
  expired: boolean;
};

// Read-only lookups behind the confirmation and withdrawal pages. Opening a link never changes
// anything (mail scanners open links); the change is a POST from the page.

export async function findSignatureByConfirmToken(token: string): Promise<TokenLookup | null> {
  const found = await findByToken("confirm_token_hash", token);
  // confirmSignature refuses an invalidated signature, so its page says the link is not valid.
  return found?.status === "invalidated" ? null : found;
}

export async function findSignatureByWithdrawToken(token: string): Promise<TokenLookup | null> {
  return findByToken("withdraw_token_hash", token);
}

async function findByToken(column: "confirm_token_hash" | "withdraw_token_hash", token: string) {
  if (!isWellFormedToken(token)) return null;
  const [row] = (await getDb().execute(sql`
    select c.slug, c.title, s.status, coalesce(s.confirm_expires_at < now(), false) as expired
      from signatures s join campaigns c on c.id = s.campaign_id
     where s.${sql.raw(column)} = ${hashToken(token)}`)) as unknown as {
    slug: string;
    title: string;
    status: TokenLookup["status"];
    expired: boolean;
  }[];
  if (!row) return null;
  return { campaignSlug: row.slug, campaignTitle: row.title, status: row.status, expired: row.expired };
}
