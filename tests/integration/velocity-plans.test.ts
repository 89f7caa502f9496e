import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { createTestCampaign, getDb, useIntegrationLifecycle, validSignature } from "./support";
import { captureQueries } from "./query-plans";

const { signCampaign } = await import("@/lib/signing/mutations");
const { getSql } = await import("@/lib/db/client");
const { hashClientAddress } = await import("@/lib/moderation/client-address-hash");

useIntegrationLifecycle();

// A viral campaign's first minutes: the table's statistics were taken before the campaign had a
// single signature, and autovacuum has not analysed it since. Measured in `npm run bench`
// (BENCHMARKS.md, 2026-12-03): with `campaign_id = $1` as a condition of its own, the planner took
// the campaign's rows for a handful and read every signature of its last minute through another
// index, on every signature, and ran each count three times (the CTE was inlined).

const SURGE = 20_000;

type PlanNode = Record<string, unknown>;

/**
 * Every read of the signatures table in an EXPLAIN ANALYZE plan that ran: the index it went
 * through ("Seq Scan" for none) and the entries it read, kept or thrown away by a filter.
 */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Buffer.isBuffer(value)) return `'\\x${value.toString("hex")}'`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${String(value).replaceAll("'", "''")}'`;
}

function signatureReads(plan: unknown): { index: string; read: number }[] {
  if (Array.isArray(plan)) return plan.flatMap(signatureReads);
  if (!plan || typeof plan !== "object") return [];
  const node = plan as PlanNode;
  const ran = Number(node["Actual Loops"] ?? 0) > 0;
  const index = typeof node["Index Name"] === "string" && node["Index Name"].startsWith("signatures_") ? node["Index Name"] : null;
  const seq = node["Node Type"] === "Seq Scan" && node["Relation Name"] === "signatures" ? "Seq Scan" : null;
  const read = Number(node["Actual Rows"] ?? 0) + Number(node["Rows Removed by Filter"] ?? 0);
  const own = ran && (index ?? seq) ? [{ index: (index ?? seq) as string, read }] : [];
  return [...own, ...Object.values(node).flatMap(signatureReads)];
}

describe(`velocity counts in the first minute of a ${SURGE.toLocaleString("en")}-signature surge, before statistics catch up`, () => {
  let campaign: Awaited<ReturnType<typeof createTestCampaign>>;

  before(async () => {
    const earlier = await createTestCampaign();
    campaign = await createTestCampaign();
    await getDb().execute(sql`
      insert into signatures (campaign_id, email, email_canonical, full_name, show_name, opt_in_updates, withdraw_token_hash, ip_hash)
      select ${earlier.id}, 'old' || g || '@example.org', 'old' || g || '@example.org', 'Old Signer', false, false,
             sha256(convert_to('old' || g, 'UTF8')), sha256(convert_to('old-client' || g, 'UTF8'))
        from generate_series(1, 2000) g`);
    await getDb().execute(sql`analyze signatures`);
    // The surge, after the statistics: every signer a client and a domain of their own, all within the minute.
    await getDb().execute(sql`
      insert into signatures (campaign_id, email, email_canonical, full_name, show_name, opt_in_updates, withdraw_token_hash, ip_hash, created_at)
      select ${campaign.id}, 's' || g || '@d' || g || '.example', 's' || g || '@d' || g || '.example', 'Surge Signer', false, false,
             sha256(convert_to('surge' || g, 'UTF8')), sha256(convert_to('surge-client' || g, 'UTF8')),
             now() - (g % 30) * interval '1 second'
        from generate_series(1, ${SURGE}) g`);
  });

  /**
   * The signing statement as the app sends it, with the parameters of a second, new client (the
   * first one's signature now exists), so that both counts run.
   */
  async function signingStatementForNewClient(): Promise<{ query: string; params: unknown[] }> {
    const captured = await captureQueries(() =>
      signCampaign(campaign.slug, validSignature({ email: `first@${crypto.randomUUID()}.example` }), { address: "203.0.113.77" }),
    );
    const statement = captured.find(({ query }) => query.includes("velocity as"));
    assert.ok(statement, "the signing statement runs the velocity checks");
    const firstClient = hashClientAddress("203.0.113.77");
    const params = statement.params.map((value) =>
      Buffer.isBuffer(value) && firstClient && value.equals(firstClient) ? hashClientAddress("203.0.113.78") : value,
    );
    assert.notDeepEqual(params, statement.params, "the statement carries the client's hash");
    return { query: statement.query, params };
  }

  // Per client and per domain, one read each for both rules, burst and sustained (not once per rule,
  // nor once per use of the CTE); the new client has no signature yet, the domain has the first one.
  function assertCountsThroughVelocityIndexes(plan: unknown) {
    const reads = signatureReads(plan);
    const described = reads.map(({ index, read }) => `${index}: ${read}`).join(", ");
    assert.deepEqual(reads.map(({ index }) => index).sort(), ["signatures_velocity_client_idx", "signatures_velocity_domain_idx"], described);
    assert.ok(
      reads.every(({ read }) => read <= 1),
      `entries read: ${described}`,
    );
  }

  // PostgreSQL plans a prepared statement for its values five times, then keeps one generic plan if
  // that costs no more. The statement is built so that it does (lib/velocity/rules.ts): re-planning
  // it on every signature cost about 0.65 ms of database time. The generic plan knows neither the
  // campaign nor the client, and the statistics are from before the surge: it must still count
  // through the velocity indexes, never scan the table.
  test("the generic plan, kept after the first executions, also counts through the velocity indexes", async () => {
    const { query, params } = await signingStatementForNewClient();
    // One connection of its own: a prepared statement and a setting live on their connection.
    const connection = postgres(process.env.DATABASE_URL as string, { max: 1, onnotice: () => {} });
    try {
      const { types } = await connection.unsafe(query, params as never[]).describe();
      const [{ names }] = await connection.unsafe(`select array[${types.map((oid) => `${oid}::regtype`).join(", ")}]::text[] as names`);
      await connection.unsafe(`prepare velocity_generic (${names.join(", ")}) as ${query}`).simple();
      await connection.unsafe("set plan_cache_mode = force_generic_plan");
      // EXPLAIN EXECUTE takes no bound parameters: the values go in as literals.
      const values = params.map((value, index) => `${literal(value)}::${names[index]}`).join(", ");
      const [row] = await connection.unsafe(`explain (analyze, format json) execute velocity_generic (${values})`);
      const plan = row["QUERY PLAN"];
      assertCountsThroughVelocityIndexes(typeof plan === "string" ? JSON.parse(plan) : plan);
    } finally {
      await connection.end();
    }
  });

  test("each count reads only its own client's or domain's rows, once, through its velocity index", async () => {
    const { query, params } = await signingStatementForNewClient();
    const [row] = await getSql().unsafe(`explain (analyze, format json) ${query}`, params as never[]);
    const plan = row["QUERY PLAN"];
    assertCountsThroughVelocityIndexes(typeof plan === "string" ? JSON.parse(plan) : plan);
  });
});
