import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { InvalidationFilter } from "@/lib/db/schema";

/**
 * The signatures of a campaign (table alias `s`) that a moderation filter matches and that still
 * count or may count: pending and confirmed ones. Shared by the preview and the invalidation, so
 * the preview counts exactly what "Invalidate" changes. A filter with `held` matches held
 * signatures only (the "Held" section's commands, issue #13); the others never match them, so a
 * filter's preview stays "confirmed + pending" and held signatures wait for their own decision.
 */
export function matchingSignaturesSql(campaignId: string, filter: InvalidationFilter): SQL {
  const conditions = [sql`s.campaign_id = ${campaignId}`, filter.held ? sql`s.status = 'held'` : sql`s.status in ('pending', 'confirmed')`];
  if (filter.held?.reason) conditions.push(sql`s.held_reason = ${filter.held.reason}`);
  if (filter.held?.signatureId) conditions.push(sql`s.id = ${filter.held.signatureId}`);
  if (filter.from) conditions.push(sql`s.created_at >= ${filter.from}::timestamptz`);
  if (filter.to) conditions.push(sql`s.created_at < ${filter.to}::timestamptz`);
  // The domain part of the canonical address, exactly: "spam.example" does not match "a.spam.example".
  if (filter.emailDomain) conditions.push(sql`right(s.email_canonical, ${filter.emailDomain.length + 1}) = ${`@${filter.emailDomain}`}`);
  if (filter.ipHash) conditions.push(sql`s.ip_hash = decode(${filter.ipHash}, 'hex')`);
  return sql.join(conditions, sql` and `);
}
