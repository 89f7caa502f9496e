import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb, preparedStatement } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

// The proof of work's writes (issue #13): a campaign in "automatic" mode switched on by a surge,
// and the spent challenges forgotten once they expire.

const p = (name: string) => sql.placeholder(name);

// At least `limit` rows of `source` (limit 0: the trigger is off). Each is a short range scan that
// stops at the limit: signatures_campaign_created_idx for all signatures, signatures_held_idx for held ones.
const atLeast = (source: SQL, limit: string) =>
  sql`(${p(limit)}::int > 0 and (select count(*) from (${source} limit ${p(limit)}::int) recent) >= ${p(limit)}::int)`;

// One statement, so one round trip per campaign every POW_AUTO_CHECK_SECONDS per process: is the
// campaign in a surge now (signatures, or signatures held by a velocity rule, in the last minute)? If
// so, the proof of work stays on until POW_AUTO_CALM_MINUTES from now. Answers until when it is on.
// Signatures held for want of a proof of work do not count as a surge, or a switched-on proof of
// work would keep itself on with every signer who has no JavaScript.
const surgeStatement = preparedStatement<{ until: string | null }>(sql`
  with surge as (
    select ${atLeast(sql`select 1 from signatures where campaign_id = ${p("campaignId")} and created_at > now() - interval '1 minute'`, "perMinute")}
        or ${atLeast(
          sql`select 1 from signatures where campaign_id = ${p("campaignId")} and held_at > now() - interval '1 minute' and held_reason like 'velocity%'`,
          "heldPerMinute",
        )} as surging),
  bumped as (
    update campaigns set proof_of_work_until = now() + make_interval(mins => ${p("calmMinutes")}::int)
     where id = ${p("campaignId")} and proof_of_work = 'automatic' and (select surging from surge)
    returning proof_of_work_until)
  select coalesce((select proof_of_work_until from bumped), (select proof_of_work_until from campaigns where id = ${p("campaignId")}))::text as until`);

/** Until when an "automatic" campaign asks for a proof of work (null: never switched on), after looking for a surge now. */
export async function refreshAutomaticProofOfWork(campaignId: string): Promise<Date | null> {
  const env = getEnv();
  const [row] = await surgeStatement.execute({
    campaignId,
    perMinute: env.POW_AUTO_SIGNATURES_PER_MINUTE,
    heldPerMinute: env.POW_AUTO_HELD_PER_MINUTE,
    calmMinutes: env.POW_AUTO_CALM_MINUTES,
  });
  return row?.until ? new Date(row.until) : null;
}

/** Forgets up to `limit` spent challenges that have expired; returns how many. */
export async function forgetExpiredSpentChallenges(limit = 1_000): Promise<number> {
  const rows = await getDb().execute(sql`
    delete from proof_of_work_spent
     where nonce in (select nonce from proof_of_work_spent where expires_at < now() limit ${limit})
    returning 1`);
  return rows.length;
}
