import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/lib/db/client";

// Signers' personal data is kept for a campaign's retention_months after it closes, then
// anonymised (issue #13). Counts and breakdowns live in tally_shards and tally_breakdowns, which
// this never touches, so every figure stays exact; moderation, the one thing that recounted from
// signature rows, refuses to change an anonymised campaign (lib/moderation/commands.ts).
//
// What is personal data, and what goes:
// - always erased: the email (to '' with a placeholder canonical key, lib/db/schema.ts's
//   signatures_anonymised_shape, and no opt-in, so no mailing, export or repeat signature can reach
//   the row), comments, postcodes, client hashes (also out of invalidation filters), every
//   confirmation and withdrawal link (columns and extra-link rows), and the signature's emails
//   (outbox rows, sent or not);
// - erased unless kept on the public list: the name, the city and the municipality (its commune
//   code, and the name the national register gave for the signer, issue #14, too). A declaration
//   whose organizers chose keep_public_list keeps them for confirmed signers who chose to be listed
//   (and were not hidden by moderation), since the list is what a declaration of officials is for;
//   everyone else is taken off the list and loses them. A municipality next to an office names one
//   person (the mayor of X), so it goes with the name;
// - kept: the country, the office (one of six categories), the day signed and confirmed, the
//   language and where the signer came from (utm tags, referring host): breakdown material that
//   identifies nobody on its own, and what the figures are made of;
// - deleted outright: signatures never confirmed (they count nowhere);
// - paper signatures (offline_signatures, never listed): name, city, postcode and municipality.

const BATCH_SIZE = 1_000;

/** lib/campaigns/retention.ts's erasureDate in SQL (both add calendar months): `c` is the campaigns row. */
const erasureDueSql = sql`(c.status in ('closed', 'archived') and c.closed_at is not null
  and c.closed_at + make_interval(months => c.retention_months) <= now())`;

type DueCampaign = { id: string; keep_list: boolean };

/** Anonymises every campaign whose retention has run out, and returns how many it finished. */
export async function anonymiseDueCampaigns(batchSize = BATCH_SIZE): Promise<number> {
  const due = (await getDb().execute(sql`
    select c.id, (c.kind = 'declaration' and c.keep_public_list) as keep_list
      from campaigns c
     where c.anonymised_at is null and ${erasureDueSql}
     order by c.closed_at
     limit 20`)) as unknown as DueCampaign[];
  let finished = 0;
  for (const campaign of due) if (await anonymiseCampaign(campaign, batchSize)) finished++;
  return finished;
}

/**
 * Batches of `batchSize` signatures in the order of signatures_campaign_email_unique, each its own
 * transaction. A batch renames the canonical keys it passes, so some rows move ahead of the cursor
 * and are read (not rewritten) once more: at most twice the campaign's rows in all. The campaign is
 * marked anonymised with the last batch, so a run cut short starts over and skips what is done.
 * Returns false when another instance is at the same campaign right now (it will finish it).
 */
async function anonymiseCampaign(campaign: DueCampaign, batchSize: number): Promise<boolean> {
  let cursor = "";
  for (;;) {
    const step = await getDb().transaction(async (tx) => {
      const [{ locked }] = (await tx.execute(
        sql`select pg_try_advisory_xact_lock(hashtextextended(${`anonymise:${campaign.id}`}, 0)) as locked`,
      )) as unknown as { locked: boolean }[];
      if (!locked) return null;
      const last = await anonymiseBatch(tx, campaign, cursor, batchSize);
      if (last !== null) return last;
      await finishCampaign(tx, campaign.id);
      return "";
    });
    if (step === null) return false;
    if (step === "") return true;
    cursor = step;
  }
}

/** One batch after `cursor`; returns the last canonical key read, or null when none was left. */
async function anonymiseBatch(tx: Transaction, campaign: DueCampaign, cursor: string, batchSize: number): Promise<string | null> {
  // Kept on the public list: see the top of this file.
  const kept = sql`(${campaign.keep_list}::boolean and s.status = 'confirmed' and s.show_name and not s.name_hidden)`;
  // Plain FOR UPDATE, not SKIP LOCKED: a row skipped here would stay unanonymised for good.
  const [row] = (await tx.execute(sql`
    with batch as (
      select id, email_canonical from signatures
       where campaign_id = ${campaign.id} and email_canonical > ${cursor}
       order by email_canonical
       limit ${batchSize}
         for update),
    unconfirmed as (
      delete from signatures s using batch b
       where s.id = b.id and s.confirmed_at is null and s.status in ('pending', 'held')
      returning s.id),
    anonymised as (
      update signatures s
         set email = '', email_canonical = 'anonymised:' || s.id, opt_in_updates = false,
             full_name = case when ${kept} then s.full_name else '' end,
             show_name = ${kept},
             city = case when ${kept} then s.city end,
             municipality = case when ${kept} then s.municipality end,
             commune_code = case when ${kept} then s.commune_code end,
             postcode = null, comment = null, ip_hash = null,
             confirm_token_hash = null, confirm_expires_at = null,
             -- NOT NULL and unique: 16 bytes no SHA-256 hash (32 bytes) of any token can equal.
             withdraw_token_hash = uuid_send(s.id),
             repeat_notices = 0, repeat_notices_since = null
        from batch b
       where s.id = b.id and s.email <> '' and not (s.confirmed_at is null and s.status in ('pending', 'held'))
      returning s.id),
    links as (delete from signature_withdrawal_tokens where signature_id in (select id from batch)),
    confirm_links as (delete from signature_confirm_tokens where signature_id in (select id from batch)),
    emails as (delete from email_outbox where signature_id in (select id from batch)),
    -- The register's name for the signer (issue #14) goes with their own, unless they stay listed;
    -- the match itself stays, so the verified officials per département keep their count.
    register as (
      update register_matches m set official_name = null from signatures s
       where m.signature_id = s.id and s.id in (select id from batch) and not ${kept} and m.official_name is not null)
    select max(email_canonical) as last, count(*)::int as read from batch`)) as unknown as { last: string | null; read: number }[];
  return row.read === 0 ? null : row.last;
}

/** The rest of the campaign's personal data, and the mark that it is done. */
async function finishCampaign(tx: Transaction, campaignId: string): Promise<void> {
  await tx.execute(sql`
    update offline_signatures set full_name = '', city = null, postcode = null, municipality = null, commune_code = null
     where campaign_id = ${campaignId} and (full_name <> '' or city is not null or postcode is not null or municipality is not null)`);
  await tx.execute(sql`
    update signature_invalidations set filter = filter - 'ipHash'
     where campaign_id = ${campaignId} and filter ? 'ipHash'`);
  await tx.execute(sql`update campaigns set anonymised_at = now(), updated_at = now() where id = ${campaignId}`);
}
