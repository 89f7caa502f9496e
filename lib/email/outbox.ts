import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { sendEmail, type EmailMessage, type SendResult } from "./mailer";
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

type ClaimedEmail = { id: string; payload: Buffer; attempts: number };

/**
 * Sends up to `limit` due emails and returns how many were claimed. Rows are claimed with
 * SKIP LOCKED and a lease, so several workers (or app instances) never send the same row at once,
 * and a worker that dies mid-send leaves its rows to be retried when the lease runs out.
 */
export async function deliverDueEmails(limit = 50): Promise<number> {
  const db = getDb();
  const claimed = (await db.execute(sql`
    update email_outbox
       set attempts = attempts + 1,
           locked_until = now() + make_interval(secs => ${CLAIM_SECONDS})
     where id in (
       select id from email_outbox
        where status = 'pending' and next_attempt_at <= now()
          and (locked_until is null or locked_until < now())
        order by next_attempt_at
        limit ${limit}
        for update skip locked)
    returning id, payload, attempts
  `)) as unknown as ClaimedEmail[];
  if (claimed.length === 0) return 0;

  const outcomes = await Promise.all(claimed.map(async (row) => ({ row, result: await attemptSend(row) })));
  const sent = outcomes.flatMap(({ row, result }) => (result.ok ? [{ id: row.id, providerMessageId: result.providerMessageId }] : []));
  // Successes are recorded together: one statement for the whole batch.
  if (sent.length > 0) {
    await db.execute(sql`
      update email_outbox o
         set status = 'sent', sent_at = now(), payload = null, locked_until = null, last_error = null,
             provider_message_id = v.provider_message_id
        from (values ${sql.join(
          sent.map((row) => sql`(${row.id}::uuid, ${row.providerMessageId}::text)`),
          sql`, `,
        )}) as v(id, provider_message_id)
       where o.id = v.id`);
  }
  for (const { row, result } of outcomes) {
    if (!result.ok) await scheduleRetry(row, result.error);
  }
  return claimed.length;
}

async function attemptSend(row: ClaimedEmail): Promise<SendResult> {
  try {
    return await sendEmail(unseal<EmailMessage>(row.payload), row.id);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function scheduleRetry(row: ClaimedEmail, error: string): Promise<void> {
  const giveUp = row.attempts >= MAX_ATTEMPTS;
  await getDb().execute(sql`
    update email_outbox
       set status = ${giveUp ? "failed" : "pending"}::email_status,
           next_attempt_at = now() + make_interval(secs => ${retryDelaySeconds(row.attempts)}),
           locked_until = null,
           last_error = ${error.slice(0, 1000)}
     where id = ${row.id}`);
}

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
