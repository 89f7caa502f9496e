import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { executePrepared } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { log, reportError } from "@/lib/log/logger";
import { MAX_BATCH_SIZE, sendEmailBatch, type EmailMessage } from "./mailer";
import { type DeferredRender, deferredEmails } from "./deferred-emails";
import { markFailed, markSent, retryUnderNewBatch, scheduleRetry } from "./outbox-records";
import { seal, unseal } from "./sealed-payload";
import { renderTemplatedEmail, type TemplatedEmail } from "./templates";

const CLAIM_SECONDS = 60;

/** Queues a message inside the caller's transaction: it is sent only if that transaction commits. */
export async function enqueueEmail(tx: Executor, email: { kind: string; signatureId: string | null; message: EmailMessage }): Promise<void> {
  await tx.insert(emailOutbox).values({
    kind: email.kind,
    signatureId: email.signatureId,
    payload: seal(email.message),
  });
}

/** A claimed row: a sealed message, or (payload null) a bulk row of the group mailing_id, rendered at send time. */
export type ClaimedEmail = { id: string; payload: Buffer | null; attempts: number; batch_id: string; mailing_id: string | null };

/**
 * The worker's first step: claims due rows with SKIP LOCKED and a lease, so several workers (or
 * app instances) never send the same row at once, and a worker that dies mid-send leaves its rows
 * to be retried when the lease runs out. A batch that was claimed before is claimed whole again,
 * under the same id, so Resend sees the same idempotency key with the same messages and does not
 * send them twice.
 * Messages queued whole (confirmation, sign-in, invitation) are claimed before bulk rows, so a
 * million-recipient send does not hold up the email that makes a new signature count. Bulk rows
 * are claimed only once their renderer is registered in this process (lib/email/deferred-emails.ts).
 */
export async function claimDueEmails(limit = MAX_BATCH_SIZE): Promise<ClaimedEmail[]> {
  const bulk = deferredEmails() !== null;
  return executePrepared<ClaimedEmail>(sql`
    with transactional as (
      select id, batch_id from email_outbox
       where status = 'pending' and mailing_id is null and next_attempt_at <= now()
         and (locked_until is null or locked_until < now())
       order by next_attempt_at
       limit ${limit}
         for update skip locked),
    bulk as (
      select id, batch_id from email_outbox
       where status = 'pending' and mailing_id is not null and next_attempt_at <= now() and ${bulk}::boolean
         and (locked_until is null or locked_until < now())
       order by next_attempt_at
       limit ${limit} - (select count(*) from transactional)
         for update skip locked),
    due as (select * from transactional union all select * from bulk),
    -- The due rows and the rest of their batches, found through the indexes. (An OR of the two in
    -- the UPDATE's WHERE made PostgreSQL scan the whole table, sent rows included: 10 ms a claim
    -- at 50,000 rows, growing with the table.)
    claimed as (
      select id from due
      union
      select b.id from email_outbox b
       where b.batch_id in (select batch_id from due where batch_id is not null)
         and b.status = 'pending' and (b.locked_until is null or b.locked_until < now())
         and (b.mailing_id is null or ${bulk}::boolean))
    update email_outbox o
       set attempts = o.attempts + 1,
           locked_until = now() + make_interval(secs => ${CLAIM_SECONDS}),
           batch_id = coalesce(o.batch_id, ${randomUUID()}::uuid)
      from claimed c
     -- Checked again on the row as it is when locked: a batch row another worker claimed meanwhile is left to it.
     where o.id = c.id and o.status = 'pending' and (o.locked_until is null or o.locked_until < now())
    returning o.id, o.payload, o.attempts, o.batch_id, o.mailing_id
  `);
}

const STALLED_SWEEP_MS = 60_000;
let lastStalledSweep = 0;

/** Sends due emails, in batches, and returns how many were claimed. */
export async function deliverDueEmails(limit = MAX_BATCH_SIZE): Promise<number> {
  const claimed = await claimDueEmails(limit);
  if (claimed.length === 0) {
    if (Date.now() - lastStalledSweep > STALLED_SWEEP_MS) {
      lastStalledSweep = Date.now();
      await deferredEmails()?.settleStalledGroups();
    }
    return 0;
  }
  const batches = new Map<string, ClaimedEmail[]>();
  for (const row of claimed) batches.set(row.batch_id, [...(batches.get(row.batch_id) ?? []), row]);
  await Promise.all([...batches].map(([batchId, rows]) => deliverBatch(batchId, rows)));
  return claimed.length;
}

type Prepared =
  | { row: ClaimedEmail; message: EmailMessage }
  | { row: ClaimedEmail; skip: string }
  | { row: ClaimedEmail; fail: string }
  | { row: ClaimedEmail; later: string };

async function prepare(claimed: ClaimedEmail[]): Promise<Prepared[]> {
  const deferredIds = claimed.filter((row) => !row.payload && row.mailing_id).map((row) => row.id);
  const rendered = deferredIds.length > 0 ? await renderDeferred(deferredIds) : new Map<string, DeferredRender>();
  return claimed.map((row): Prepared => {
    if (row.payload) {
      // A payload sealed under another AUTH_SECRET cannot be opened, now or later: it fails alone
      // instead of holding back the batch.
      const opened = tryUnseal(row.payload);
      if (opened === null) return { row, fail: "The message cannot be decrypted: was AUTH_SECRET changed since it was queued?" };
      const message = "template" in opened ? renderTemplatedEmail(opened) : opened;
      // A process started without the module that renders this template: the row waits (and is
      // retried) for one that has it, instead of being lost.
      return message
        ? { row, message }
        : { row, later: `No renderer for the email template "${(opened as TemplatedEmail).template}" in this process` };
    }
    const deferred = rendered.get(row.id);
    if (!deferred) return { row, fail: "The message is gone: what it was rendered from no longer exists." };
    return "skip" in deferred ? { row, skip: deferred.skip } : { row, message: deferred.message };
  });
}

async function renderDeferred(outboxIds: string[]): Promise<Map<string, DeferredRender>> {
  const handler = deferredEmails();
  // Not reached: claimDueEmails leaves bulk rows alone until a renderer is registered.
  if (!handler) throw new Error("Bulk outbox rows were claimed, but no renderer for them is registered");
  return handler.render(outboxIds);
}

async function deliverBatch(batchId: string, claimed: ClaimedEmail[]): Promise<void> {
  const prepared = await prepare(claimed);
  for (const entry of prepared) if ("fail" in entry) await markFailed(entry.row.id, entry.fail);
  for (const entry of prepared)
    if ("later" in entry) {
      reportError(new Error(entry.later), { msg: "An email cannot be rendered here", outboxId: entry.row.id });
      await scheduleRetry([entry.row], entry.later);
    }
  // Done without a message (for an update: the signer unsubscribed or is no longer confirmed since it was queued).
  await markSent(prepared.flatMap((entry) => ("skip" in entry ? [{ id: entry.row.id, providerMessageId: null, note: entry.skip }] : [])));
  const sendable = prepared.flatMap((entry) => ("message" in entry ? [entry] : []));
  if (sendable.length > 0) await send(batchId, sendable);
  const groups = [...new Set(claimed.flatMap((row) => (row.mailing_id ? [row.mailing_id] : [])))];
  if (groups.length > 0) await deferredEmails()?.settleGroups(groups);
}

async function send(batchId: string, entries: { row: ClaimedEmail; message: EmailMessage }[]): Promise<void> {
  const rows = entries.map((entry) => entry.row);
  const result = await sendEmailBatch(
    entries.map((entry) => entry.message),
    batchId,
  );
  if (!result.ok) {
    if (result.keyReused) return settleReusedKey(rows, result.error);
    // Expected while the provider is down or limits us (scheduleRetry retries up to MAX_ATTEMPTS times): no stack to read.
    const attempts = Math.max(...rows.map((row) => row.attempts));
    log.warn("The email provider did not take a batch", { batchId, emails: rows.length, attempts, reason: result.error });
    return scheduleRetry(rows, result.error);
  }
  await markSent(
    rows.flatMap((row, i) => {
      const outcome = result.results[i];
      return outcome.ok ? [{ id: row.id, providerMessageId: outcome.providerMessageId }] : [];
    }),
  );
  // A message Resend refused on its own (an address it will not deliver to) will not succeed later.
  for (const [i, row] of rows.entries()) {
    const outcome = result.results[i];
    if (!outcome.ok) await markFailed(row.id, outcome.error);
  }
}

/**
 * Resend refuses a key reused with other content only when a request under that key went through
 * before: its messages were sent, and this is a retry whose content changed since (a recipient
 * unsubscribed in between, or a row of the batch was recorded before the crash). A bulk row is
 * never sent twice, so it counts as sent. Other emails (confirmation links) go again under a new
 * key: better twice than never.
 */
async function settleReusedKey(rows: ClaimedEmail[], error: string): Promise<void> {
  const bulkRows = rows.filter((row) => row.mailing_id);
  const otherRows = rows.filter((row) => !row.mailing_id);
  await markSent(bulkRows.map((row) => ({ id: row.id, providerMessageId: null, note: "not resent: the provider had already accepted this batch" })));
  if (otherRows.length > 0) await retryUnderNewBatch(otherRows, error);
}

function tryUnseal(payload: Buffer): EmailMessage | TemplatedEmail | null {
  try {
    return unseal<EmailMessage | TemplatedEmail>(payload);
  } catch {
    return null;
  }
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
      reportError(error, { msg: "Email outbox drain failed; the poller will retry" });
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
