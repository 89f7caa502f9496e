import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, signatureConfirmTokens, signatures } from "@/lib/db/schema";
import { requestOutboxDrain } from "@/lib/email/outbox";
import { seal } from "@/lib/email/sealed-payload";
import { getEnv } from "@/lib/env";
import { acceptingSignaturesSql } from "@/lib/campaigns/status";
import { getCampaignForSigning } from "@/lib/campaigns/queries";
import { signedVersion } from "@/lib/campaigns/translations";
import { isLocale, localePath, type Locale } from "@/lib/i18n/routing";
import { queuedConfirmReminderEmail } from "@/lib/signing/signer-emails";
import { createToken } from "@/lib/signing/tokens";

// Unconfirmed signatures (issue #13): anyone can type anyone's address into the form, so what was
// never confirmed is kept only as long as its link works. Two days in, its owner gets one reminder
// (in their language, with a fresh link; the first email's link keeps working); once the link has
// expired, the signature is deleted, its emails and links with it. Never counted, it is counted
// nowhere. Both run in small batches, each its own short transaction, and lock with SKIP LOCKED so
// several app instances sweeping at once share the work instead of queueing on each other.

const REMINDER_AFTER = "2 days";
const BATCH_SIZE = 100;

type DueReminder = { id: string; email: string; full_name: string; locale: string; slug: string; expires_at: string };

/**
 * Queues the reminder of up to `limit` signatures unconfirmed for two days, and marks them reminded
 * in the same transaction: never a second. None for a confirmed signature (confirmed_at), a withdrawn
 * one (the row is gone), one set aside by moderation, or a campaign no longer taking signatures
 * (confirming would be refused). Returns how many were queued.
 */
export async function sendConfirmReminders(limit = BATCH_SIZE): Promise<number> {
  const queued = await getDb().transaction(async (tx) => {
    const due = (await tx.execute(sql`
      select s.id, s.email, s.full_name, s.locale, c.slug, s.confirm_expires_at::text as expires_at
        from signatures s join campaigns c on c.id = s.campaign_id
       where s.confirmed_at is null and s.reminder_sent_at is null
         and s.created_at <= now() - ${REMINDER_AFTER}::interval
         and s.status in ('pending', 'held') and s.confirm_expires_at > now() and ${acceptingSignaturesSql}
       order by s.created_at
       limit ${limit}
         for update of s skip locked`)) as unknown as DueReminder[];
    if (due.length === 0) return 0;
    const reminders = await Promise.all(due.map(reminderFor));
    await tx
      .update(signatures)
      .set({ reminderSentAt: sql`now()` })
      .where(
        sql`${signatures.id} in (${sql.join(
          due.map((row) => sql`${row.id}::uuid`),
          sql`, `,
        )})`,
      );
    await tx
      .insert(signatureConfirmTokens)
      .values(reminders.map((reminder) => ({ tokenHash: reminder.tokenHash, signatureId: reminder.signatureId })));
    await tx
      .insert(emailOutbox)
      .values(reminders.map((reminder) => ({ kind: "confirm-reminder", signatureId: reminder.signatureId, payload: reminder.payload })));
    return due.length;
  });
  if (queued > 0) requestOutboxDrain();
  return queued;
}

async function reminderFor(row: DueReminder): Promise<{ signatureId: string; tokenHash: Buffer; payload: Buffer }> {
  const locale: Locale = isLocale(row.locale) ? row.locale : "en";
  const campaign = await getCampaignForSigning(row.slug);
  const { token, hash } = createToken();
  const message = queuedConfirmReminderEmail({
    to: row.email,
    fullName: row.full_name,
    campaignTitle: campaign ? signedVersion(campaign, campaign.translations, locale).title : row.slug,
    campaignUrl: `${getEnv().APP_URL}${localePath(locale, `/campaigns/${row.slug}`)}`,
    confirmUrl: `${getEnv().APP_URL}${localePath(locale, `/confirm/${token}`)}`,
    expiresAt: new Date(row.expires_at).toISOString(),
    locale,
  });
  return { signatureId: row.id, tokenHash: hash, payload: seal(message) };
}

/**
 * Deletes up to `limit` signatures whose confirmation link has expired unconfirmed: pending ones,
 * and held ones their owner never confirmed. Their queued emails and extra links go with them (ON
 * DELETE CASCADE). An invalidated signature stays: it is part of a moderation record that can be
 * undone, and is anonymised with its campaign. Returns how many were deleted.
 */
export async function deleteExpiredUnconfirmed(limit = BATCH_SIZE): Promise<number> {
  const deleted = await getDb().execute(sql`
    with expired as (
      select id from signatures
       where confirmed_at is null and confirm_expires_at < now() and status in ('pending', 'held')
       order by confirm_expires_at
       limit ${limit}
         for update skip locked)
    delete from signatures s using expired e where s.id = e.id`);
  return deleted.count;
}
