import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";

// `npm run bench:pack` (issue #14): a delivery pack of BENCH_PACK_ROWS (default 100,000) listed
// signatories, 2 % of them verified mayors, made by the worker's own code in this process under the
// production server's heap cap (`npm start`: --max-old-space-size=256, set by the npm script).
// Prints the time, the pages and the peak memory (PSS) of Node and of Chromium (every process
// descended from this one), sampled every 200 ms from /proc. Needs DATABASE_URL; it adds one campaign.
// BENCH_PACK_PART_ROWS sets the signatories per printed part (lib/delivery/make-pack.ts, PART_ROWS).

const ROWS = Number(process.env.BENCH_PACK_ROWS ?? 100_000);
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a database the benchmark may write to.");
process.env.APP_URL ??= "http://127.0.0.1:3000";
process.env.AUTH_SECRET ??= "benchmark-secret-benchmark-secret-benchmark";

const { migrateAndSeed } = await import("@/lib/db/migrate");
const { seedDatabase } = await import("@/lib/db/seed");
const { getDb, closeDb } = await import("@/lib/db/client");
const { claimNextSnapshot } = await import("@/lib/delivery/mutations");
const { makePack } = await import("@/lib/delivery/make-pack");
await migrateAndSeed(process.env.DATABASE_URL, seedDatabase);
const db = getDb();

const slug = `bench-pack-${Date.now().toString(36)}`;
const [campaign] = (await db.execute(sql`
  insert into campaigns (slug, kind, status, title, summary, statement, decision_makers, goal, signer_fields, language)
  values (${slug}, 'declaration', 'open', 'Declaration for an international inquiry', 'A benchmark campaign.',
          'We, elected officials, call for an independent international inquiry.', '["The UN Secretary-General"]'::jsonb, 100000,
          '{"country":"required","city":"off","postcode":"off","office":"required","municipality":"required"}'::jsonb, 'en')
  returning id`)) as unknown as { id: string }[];
const loadStarted = Date.now();
await db.execute(sql`
  insert into signatures (campaign_id, status, email, email_canonical, full_name, country, office, municipality, show_name,
                          opt_in_updates, consented_at, confirmed_at, verified_at, withdraw_token_hash, tally_shard)
  select ${campaign.id}, 'confirmed', 'pack' || g || '@bench.example', 'pack' || g || '@bench.example',
         'Signatory Number ' || g, 'FR', case when g % 50 = 0 then 'mayor' else 'municipal-councillor' end,
         'Commune ' || (g % 5000), true, false, now(), now() - g * interval '1 second',
         case when g % 50 = 0 then now() end, sha256(convert_to(${slug} || g, 'UTF8')), g % 32
    from generate_series(1, ${ROWS}::int) g`);
await db.execute(sql`
  insert into tally_shards (campaign_id, shard, confirmed)
  select ${campaign.id}, tally_shard, count(*) from signatures where campaign_id = ${campaign.id} group by tally_shard`);
await db.execute(
  sql`insert into tally_breakdowns (campaign_id, dimension, key, shard, confirmed) values (${campaign.id}, 'country', 'FR', 0, ${ROWS})`,
);
await db.execute(sql`vacuum analyze signatures`);
console.log(`Loaded ${ROWS.toLocaleString("en")} listed signatories in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

/** Proportional resident memory (PSS) in MiB of this process and of its descendants (Chromium and its helpers). */
function residentMiB(): { node: number; chromium: number } {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      // PSS, not RSS: Chromium's processes share much of their memory, which RSS would count in each.
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/smaps_rollup`, "utf8"));
      rss.set(Number(entry), Number(pss?.[1] ?? 0) / 1024);
    } catch {
      // The process ended while we looked.
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === process.pid) return true;
    return false;
  };
  let chromium = 0;
  for (const [pid, mib] of rss) if (descends(pid)) chromium += mib;
  return { node: rss.get(process.pid) ?? 0, chromium };
}

await db.execute(sql`insert into campaign_snapshots (campaign_id, languages) values (${campaign.id}, '["en"]'::jsonb)`);
const snapshot = await claimNextSnapshot(10 * 60_000);
if (!snapshot) throw new Error("no job to claim");
const peak = { node: 0, chromium: 0, total: 0 };
const sampler = setInterval(() => {
  const now = residentMiB();
  peak.node = Math.max(peak.node, now.node);
  peak.chromium = Math.max(peak.chromium, now.chromium);
  peak.total = Math.max(peak.total, now.node + now.chromium);
}, 200);
const started = Date.now();
await makePack(snapshot, 10 * 60_000, process.env.BENCH_PACK_PART_ROWS ? Number(process.env.BENCH_PACK_PART_ROWS) : undefined);
const seconds = (Date.now() - started) / 1000;
clearInterval(sampler);
const [made] = (await db.execute(sql`
  select status, page_count, pdf_bytes, rows_done, error from campaign_snapshots where id = ${snapshot.id}`)) as unknown as {
  status: string;
  page_count: number;
  pdf_bytes: number;
  rows_done: number;
  error: string | null;
}[];
const result = {
  rows: ROWS,
  status: made.status,
  error: made.error,
  pages: made.page_count,
  pdfMiB: Number((made.pdf_bytes / 1048576).toFixed(1)),
  seconds: Number(seconds.toFixed(1)),
  peakNodeMiB: Math.round(peak.node),
  peakChromiumMiB: Math.round(peak.chromium),
  peakTotalMiB: Math.round(peak.total),
  heapLimitMiB: Math.round((await import("node:v8")).getHeapStatistics().heap_size_limit / 1048576),
};
console.table(result);
mkdirSync(".data/bench", { recursive: true });
writeFileSync(path.join(".data/bench", "delivery-pack.json"), `${JSON.stringify(result, null, 2)}\n`);
await closeDb();
