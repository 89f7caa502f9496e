import { createHash, randomBytes } from "node:crypto";
import type postgres from "postgres";

// Data the benchmark needs, written straight into PostgreSQL: campaigns, pending signatures with
// known confirmation tokens, and a fast bulk load of a million confirmed signatures.

const TALLY_SHARDS = 32;

export async function createBenchCampaign(sql: postgres.Sql, slug: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into campaigns (slug, kind, status, title, summary, statement, decision_makers, goal, signer_fields, list_names_publicly, opens_at)
    values (${slug}, 'petition', 'open', ${`Benchmark campaign ${slug}`}, 'A campaign for load tests.',
            'We ask for a fast platform.', ${sql.json(["The benchmark"])}, 1000000,
            ${sql.json({ country: "required", city: "optional", postcode: "off", office: "off", municipality: "off" })},
            true, now())
    returning id`;
  return row.id;
}

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Inserts `count` pending signatures and returns their confirmation tokens. */
export async function createPendingSignatures(sql: postgres.Sql, campaignId: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  const batch = 2_000;
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const token = randomBytes(32).toString("base64url");
      tokens.push(token);
      rows.push({
        campaign_id: campaignId,
        email: `pending${i}@bench.example`,
        email_canonical: `pending${i}@bench.example`,
        full_name: `Pending Signer ${i}`,
        country: "FR",
        show_name: false,
        opt_in_updates: false,
        consented_at: new Date(),
        confirm_token_hash: sha256(token),
        confirm_expires_at: new Date(Date.now() + 86_400_000),
        withdraw_token_hash: randomBytes(32),
      });
    }
    await sql`insert into signatures ${sql(rows)}`;
  }
  return tokens;
}

/** Loads `count` confirmed signatures in a few SQL statements, and their tally. */
export async function bulkLoadConfirmed(sql: postgres.Sql, campaignId: string, count: number): Promise<void> {
  const salt = randomBytes(8).toString("hex");
  const chunk = 250_000;
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await sql`
      insert into signatures (campaign_id, status, email, email_canonical, full_name, country, show_name,
                              opt_in_updates, consented_at, confirmed_at, withdraw_token_hash, tally_shard)
      select ${campaignId}, 'confirmed', 'bulk' || g || '@bench.example', 'bulk' || g || '@bench.example',
             'Bulk Signer ' || g, 'FR', false, false, now(), now(),
             sha256(convert_to(${salt} || g, 'UTF8')), g % ${TALLY_SHARDS}
        from generate_series(${start}::int, ${end}::int) g`;
  }
  await sql`
    insert into tally_shards (campaign_id, shard, confirmed, updated_at)
    select campaign_id, tally_shard, count(*), now() from signatures
     where campaign_id = ${campaignId} and status = 'confirmed'
     group by campaign_id, tally_shard
    on conflict (campaign_id, shard) do update set confirmed = excluded.confirmed, updated_at = now()`;
  await sql`
    insert into tally_breakdowns (campaign_id, dimension, key, shard, confirmed)
    select campaign_id, 'country', country, tally_shard, count(*) from signatures
     where campaign_id = ${campaignId} and status = 'confirmed' group by campaign_id, country, tally_shard
    union all
    select campaign_id, 'day', to_char(confirmed_at at time zone 'UTC', 'YYYY-MM-DD'), tally_shard, count(*) from signatures
     where campaign_id = ${campaignId} and status = 'confirmed' group by 1, 3, 4
    on conflict (campaign_id, dimension, key, shard) do update set confirmed = excluded.confirmed`;
  // Settle what a bulk load leaves PostgreSQL to do, so that it does not run during the scenarios
  // measured next: the autovacuum that a million inserted rows trigger (seen starting 29 s after
  // the load and running 4 s, inside the million-signature scenarios) and the checkpoint of their WAL.
  await sql`vacuum analyze signatures, tally_shards, tally_breakdowns`;
  await sql`checkpoint`.catch(() => {}); // needs superuser or pg_checkpoint; without it, autovacuum is the larger part
}

export async function countRows(sql: postgres.Sql, campaignId: string) {
  const [row] = await sql<{ all: string; confirmed: string; tally: string }[]>`
    select (select count(*) from signatures where campaign_id = ${campaignId}) as all,
           (select count(*) from signatures where campaign_id = ${campaignId} and status = 'confirmed') as confirmed,
           (select coalesce(sum(confirmed), 0) from tally_shards where campaign_id = ${campaignId}) as tally`;
  return { all: Number(row.all), confirmed: Number(row.confirmed), tally: Number(row.tally) };
}

/** Waits (at most a minute) until every confirmation email of the campaign is sent; says how long. */
export async function waitForEmails(sql: postgres.Sql, campaignId: string): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    const [row] = await sql<{ pending: string; sent: string }[]>`
      select count(*) filter (where o.status = 'pending') as pending, count(*) filter (where o.status = 'sent') as sent
        from email_outbox o join signatures s on s.id = o.signature_id where s.campaign_id = ${campaignId}`;
    if (Number(row.pending) === 0) return `all ${row.sent} emails sent ${((Date.now() - started) / 1000).toFixed(1)} s after the load stopped`;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return "emails still queued a minute after the load stopped";
}
