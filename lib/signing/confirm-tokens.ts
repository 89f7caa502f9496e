import "server-only";
import { type Placeholder, type SQL, sql } from "drizzle-orm";

// Every confirmation link emailed for a signature works until its confirm_expires_at (issue #13):
// the reminder adds a link and keeps the first one's. The first lives in
// signatures.confirm_token_hash, later ones in signature_confirm_tokens (lib/db/schema.ts).

/**
 * Matches the signature `s` by any of its confirmation links. Two index lookups joined by OR
 * (PostgreSQL plans a BitmapOr), so confirming stays one indexed lookup whichever link was opened.
 */
export function confirmTokenMatches(tokenHash: Buffer | Placeholder): SQL {
  return sql`(s.confirm_token_hash = ${tokenHash}
              or s.id = (select signature_id from signature_confirm_tokens where token_hash = ${tokenHash}))`;
}
