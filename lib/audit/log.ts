import "server-only";
import { desc, eq, lt, and } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { auditLog, type AuditEntry } from "@/lib/db/schema";

// The audit log (issue #3): every organizer and admin action that changes something writes one
// entry, in the same transaction as the change, so an entry exists exactly when the change does.
// Entries name the actor and what was done; they never hold a signer's address.

export type AuditActor = { id: string; email: string };

export type AuditInput = {
  /** Dotted verb, e.g. "campaign.publish", "event.create", "signatures.invalidate". */
  action: string;
  campaignId?: string | null;
  eventId?: string | null;
  /** What it was about, in words: a slug, a title, "42 signatures". */
  subject: string;
  details?: Record<string, unknown>;
};

export async function recordAudit(executor: Executor, actor: AuditActor, entry: AuditInput): Promise<void> {
  await executor.insert(auditLog).values({
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    campaignId: entry.campaignId ?? null,
    eventId: entry.eventId ?? null,
    subject: entry.subject.slice(0, 500),
    details: entry.details ?? {},
  });
}

export const AUDIT_PAGE_SIZE = 100;

/** Newest first; `before` is the id of the last entry of the previous page (keyset paging). */
export async function listAuditEntries(options: { campaignId?: string; before?: number; limit?: number } = {}): Promise<AuditEntry[]> {
  const conditions = [
    options.campaignId ? eq(auditLog.campaignId, options.campaignId) : undefined,
    options.before ? lt(auditLog.id, options.before) : undefined,
  ].filter((condition) => condition !== undefined);
  return getDb()
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? AUDIT_PAGE_SIZE);
}
