import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { MAX_BATCH_SIZE, sendEmailBatch, type EmailMessage } from "./mailer";
import { seal, unseal } from "./sealed-payload";

// About a day and a half of retries (the delay caps at an hour) before a message is marked failed.
export const MAX_ATTEMPTS = 40;
const CLAIM_SECONDS = 60;

/** Queues a message inside the caller's transaction: it is sent only if that transaction commits. */
export async function enqueueEmail(
  tx: Executor,
  email: { kind: string; signatureId: string | null; message: EmailMessage },
): Promise<void> {
  await tx.insert(emailOutbox).values({
    kind: email.kind,
    signatureId: email.signatureId,
    payload: seal(email.message),
  });
}

/** Exponential backoff from 10 s, capped at one hour, with jitter so retries do not arrive in step. */
export function retryDelaySeconds(attempts: number): number {
  const base = Math.min(10 * 2 ** Math.max(0, attempts - 1), 3600);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

type ClaimedEmail = { id: string; payload: Buffer; attempts: number; batch_id: string };

/**
 * Sends due emails, in batches, and returns how many were claimed. Rows are claimed with
 * SKIP LOCKED and a lease, so several workers (or app instances) never send the same row at once,
 * and a worker that dies mid-send leaves its rows to be retried when the lease runs out.
 * A batch that was claimed before is claimed whole again, under the same id, so Resend sees the
 * same idempotency key with the same messages and does not send them twice.
 */
export async function deliverDueEmails(limit = MAX_BATCH_SIZE): Promise<number> {
  const claimed = (await getDb().execute(sql`
    with due as (
      select id, batch_id from email_outbox
       where status = 'pending' and next_attempt_at <= now()
         and (locked_until is null or locked_until < now())
       order by next_attempt_at
       limit ${limit}
         for update skip locked)
    update email_outbox o
       set attempts = o.attempts + 1,
           locked_until = now() + make_interval(secs => ${CLAIM_SECONDS}),
           batch_id = coalesce(o.batch_id, ${randomUUID()}::uuid)
     where o.id in (select id from due)
        or (o.batch_id in (select batch_id from due where batch_id is not null)
            and o.status = 'pending' and (o.locked_until is null or o.locked_until < now()))
    returning o.id, o.payload, o.attempts, o.batch_id
  `)) as unknown as ClaimedEmail[];
  if (claimed.length === 0) return 0;

  const batches = new Map<string, ClaimedEmail[]>();
  for (const row of claimed) batches.set(row.batch_id, [...(batches.get(row.batch_id) ?? []), row]);
  await Promise.all([...batches].map(([batchId, rows]) => deliverBatch(batchId, rows)));
  return claimed.length;
}

async function deliverBatch(batchId: string, claimed: ClaimedEmail[]): Promise<void> {
  // A payload sealed under another AUTH_SECRET cannot be opened, now or later: it fails alone
  // instead of holding back the batch.
  const opened = claimed.map((row) => ({ row, message: tryUnseal(row.payload) }));
  for (const { row } of opened.filter((entry) => !entry.message)) {
    await markFailed(row.id, "The message cannot be decrypted: was AUTH_SECRET changed since it was queued?");
  }
  const rows = opened.flatMap((entry) => (entry.message ? [entry.row] : []));
  if (rows.length === 0) return;
  const result = await sendEmailBatch(
    opened.flatMap((entry) => (entry.message ? [entry.message] : [])),
    batchId,
  );
  if (!result.ok) {
    // The same messages under a new key: only reachable when a batch was split after a crash.
    if (result.keyReused) return retryUnderNewBatch(rows, result.error);
    return scheduleRetry(rows, result.error);
  }
  const sent = rows.flatMap((row, i) => {
    const outcome = result.results[i];
    return outcome.ok ? [{ id: row.id, providerMessageId: outcome.providerMessageId }] : [];
  });
  if (sent.length > 0) await markSent(sent);
  // A message Resend refused on its own (an address it will not deliver to) will not succeed later.
  const refused = rows.flatMap((row, i) => {
    const outcome = result.results[i];
    return outcome.ok ? [] : [{ id: row.id, error: outcome.error }];
  });
  for (const { id, error } of refused) await markFailed(id, error);
}

function tryUnseal(payload: Buffer): EmailMessage | null {
  try {
    return unseal<EmailMessage>(payload);
  } catch {
    return null;
  }
}

async function markFailed(id: string, error: string): Promise<void> {
  await getDb().execute(sql`
    update email_outbox set status = 'failed', payload = null, locked_until = null, last_error = ${error.slice(0, 1000)}
     where id = ${id}`);
}

async function markSent(sent: { id: string; providerMessageId: string | null }[]): Promise<void> {
  await getDb().execute(sql`
    update email_outbox o
       set status = 'sent', sent_at = now(), payload = null, locked_until = null, last_error = null,
           provider_message_id = v.provider_message_id
      from (values ${sql.join(
        sent.map((row) => sql`(${row.id}::uuid, ${row.providerMessageId}::text)`),
        sql`, `,
      )}) as v(id, provider_message_id)
     where o.id = v.id`);
}

async function scheduleRetry(rows: ClaimedEmail[], error: string): Promise<void> {
  const attempts = Math.max(...rows.map((row) => row.attempts));
  const giveUp = attempts >= MAX_ATTEMPTS;
  await getDb().execute(sql`
    update email_outbox
       set status = ${giveUp ? "failed" : "pending"}::email_status,
           next_attempt_at = now() + make_interval(secs => ${retryDelaySeconds(attempts)}),
           locked_until = null,
           last_error = ${error.slice(0, 1000)}
     where id in (${idList(rows)})`);
}

async function retryUnderNewBatch(rows: ClaimedEmail[], error: string): Promise<void> {
  await getDb().execute(sql`
    update email_outbox set batch_id = null, locked_until = null, last_error = ${error.slice(0, 1000)}
     where id in (${idList(rows)})`);
}

const idList = (rows: { id: string }[]) => sql.join(rows.map((row) => sql`${row.id}::uuid`), sql`, `);

// ---------------------------------------------------------------------------------------------
// Draining: after a signature commits, its email goes out at once instead of on the next poll.
// Many requests at once share one drain loop.

let draining = false;
let drainAgain = false;

export function requestOutboxDrain(): void {
  // EMAIL_WORKER=false: this instance only queues; another one sends.
  if (!getEnv().emailWorkerEnabled) return;
  if (draining) {
    drainAgain = true;
    return;
  }
  draining = true;
  void (async () => {
    try {
      do {
        drainAgain = false;
        while ((await deliverDueEmails()) > 0) {}
      } while (drainAgain);
    } catch (error) {
      console.error("Email outbox drain failed; the poller will retry:", error);
    } finally {
      draining = false;
    }
  })();
}

/** Polls for due emails (retries included) until stopped. Started once per server process. */
export function startOutboxPoller(intervalMs: number): () => void {
  const timer = setInterval(requestOutboxDrain, intervalMs);
  timer.unref();
  requestOutboxDrain();
  return () => clearInterval(timer);
}
