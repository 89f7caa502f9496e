import "server-only";
import { sql } from "drizzle-orm";
import { executePrepared, getDb } from "@/lib/db/client";

// What the outbox worker writes back after a batch: sent, failed, skipped, or due again later.

// About a day and a half of retries (the delay caps at an hour) before a message is marked failed.
export const MAX_ATTEMPTS = 40;

/** Exponential backoff from 10 s, capped at one hour, with jitter so retries do not arrive in step. */
export function retryDelaySeconds(attempts: number): number {
  const base = Math.min(10 * 2 ** Math.max(0, attempts - 1), 3600);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

const idList = (rows: { id: string }[]) =>
  sql.join(
    rows.map((row) => sql`${row.id}::uuid`),
    sql`, `,
  );

export async function markFailed(id: string, error: string): Promise<void> {
  await getDb().execute(sql`
    update email_outbox set status = 'failed', payload = null, locked_until = null, last_error = ${error.slice(0, 1000)}
     where id = ${id}`);
}

/** `note` is kept in last_error: why a row counts as done without a message of its own going out. */
export async function markSent(sent: { id: string; providerMessageId: string | null; note?: string }[]): Promise<void> {
  if (sent.length === 0) return;
  // Arrays as three parameters keep the statement's text the same for every batch, so it is prepared once.
  await executePrepared(sql`
    update email_outbox o
       set status = 'sent', sent_at = now(), payload = null, locked_until = null, last_error = v.note,
           provider_message_id = v.provider_message_id
      from unnest(${sql.param(sent.map((row) => row.id))}::uuid[],
                  ${sql.param(sent.map((row) => row.providerMessageId))}::text[],
                  ${sql.param(sent.map((row) => row.note ?? null))}::text[]) as v(id, provider_message_id, note)
     where o.id = v.id`);
}

export async function scheduleRetry(rows: { id: string; attempts: number }[], error: string): Promise<void> {
  const attempts = Math.max(...rows.map((row) => row.attempts));
  const giveUp = attempts >= MAX_ATTEMPTS;
  await getDb().execute(sql`
    update email_outbox
       set status = ${giveUp ? "failed" : "pending"}::email_status,
           -- A message given up on is erased like a sent one (issue #13): nobody will read it again.
           payload = case when ${giveUp} then null else payload end,
           next_attempt_at = now() + make_interval(secs => ${retryDelaySeconds(attempts)}),
           locked_until = null,
           last_error = ${error.slice(0, 1000)}
     where id in (${idList(rows)})`);
}

export async function retryUnderNewBatch(rows: { id: string }[], error: string): Promise<void> {
  await getDb().execute(sql`
    update email_outbox set batch_id = null, locked_until = null, last_error = ${error.slice(0, 1000)}
     where id in (${idList(rows)})`);
}
