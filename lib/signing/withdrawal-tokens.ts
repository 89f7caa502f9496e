import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "@/lib/db/client";

// Every withdrawal link emailed for a signature works until the signature is withdrawn (issue #13,
// finding 13): a third party re-entering the address adds a link, never replaces one. The first
// link lives in signatures.withdraw_token_hash, the later ones in signature_withdrawal_tokens.

// Later links kept per signature, newest first. Repeat notices (and so new links) are capped at 3
// a day, so 20 covers about a week of someone re-entering the address; past that the oldest later
// link lapses, and the row count stays bounded however often the address is typed. The first
// link, from the email the signer asked for, never lapses.
const WITHDRAWAL_TOKENS_KEPT = 20;

/** Matches the signature `s` by any of its withdrawal links. */
export function withdrawalTokenMatches(tokenHash: Buffer): SQL {
  return sql`(s.withdraw_token_hash = ${tokenHash}
              or s.id = (select signature_id from signature_withdrawal_tokens where token_hash = ${tokenHash}))`;
}

/**
 * Stores a later withdrawal link and drops the oldest beyond the cap, in one statement. The caller
 * holds the signature's row lock, so concurrent repeats of one address take turns.
 */
export async function addWithdrawalToken(tx: Transaction, signatureId: string, tokenHash: Buffer): Promise<void> {
  await tx.execute(sql`
    with lapsed as (
      delete from signature_withdrawal_tokens
       where signature_id = ${signatureId}
         and token_hash not in (select token_hash from signature_withdrawal_tokens
                                 where signature_id = ${signatureId}
                                 order by created_at desc, token_hash
                                 limit ${WITHDRAWAL_TOKENS_KEPT - 1}))
    insert into signature_withdrawal_tokens (token_hash, signature_id) values (${tokenHash}, ${signatureId})`);
}
