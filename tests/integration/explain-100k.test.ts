import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, useIntegrationLifecycle, validSignature } from "./support";
import { captureQueries, nodesIn, plansOf, relationsIn, scansIn } from "./query-plans";

const { getTallies } = await import("@/lib/tallies/queries");
const { getCampaignCount } = await import("@/lib/tallies/queries");
const { getBreakdowns } = await import("@/lib/tallies/breakdowns");
const { decodePosition, listPublicSignatories, streamPublicSignatories } = await import("@/lib/signatory-list/queries");
const { claimDueEmails } = await import("@/lib/email/outbox");
const { signCampaign, withdrawSignature } = await import("@/lib/signing/mutations");
const { getSql } = await import("@/lib/db/client");
const { findSignatureByWithdrawToken } = await import("@/lib/signing/queries");
const { getIntegrityReport } = await import("@/lib/integrity/report");
const { requestManageLink } = await import("@/lib/my-signatures/mutations");
const { listMySignatures } = await import("@/lib/my-signatures/queries");
const { exportMyData } = await import("@/lib/my-signatures/data-export");

useIntegrationLifecycle();

const SIGNATURES = 100_000;

/** The rows each scan of the signatures table returned, per loop, in an EXPLAIN ANALYZE plan. */
function signatureScanRows(plan: unknown): number[] {
  if (Array.isArray(plan)) return plan.flatMap(signatureScanRows);
  if (!plan || typeof plan !== "object") return [];
  const node = plan as Record<string, unknown>;
  const own = node["Relation Name"] === "signatures" ? [Number(node["Actual Rows"])] : [];
  return [...own, ...Object.values(node).flatMap(signatureScanRows)];
}
let campaign: Awaited<ReturnType<typeof createTestCampaign>>;

describe(`reads on a campaign with ${SIGNATURES.toLocaleString("en")} signatures`, () => {
  before(async () => {
    campaign = await createTestCampaign();
    // A bulk load, as the benchmark does: confirmed signatures spread over the shards, every
    // tenth one listed publicly, and the counters that confirmations would have kept.
    await getDb().execute(sql`
      insert into signatures (campaign_id, status, email, email_canonical, full_name, country, show_name,
                              opt_in_updates, consented_at, confirmed_at, withdraw_token_hash, tally_shard)
      select ${campaign.id}, 'confirmed', 'bulk' || g || '@example.org', 'bulk' || g || '@example.org',
             'Bulk Signer ' || g, (array['FR','DE','IT'])[1 + g % 3], g % 10 = 0, false, now(), now(),
             sha256(convert_to(${campaign.id}::text || g, 'UTF8')), g % 32
        from generate_series(1, ${SIGNATURES}) g`);
    await getDb().execute(sql`
      insert into tally_shards (campaign_id, shard, confirmed)
      select campaign_id, tally_shard, count(*) from signatures where campaign_id = ${campaign.id} group by 1, 2`);
    await getDb().execute(sql`
      insert into tally_breakdowns (campaign_id, dimension, key, shard, confirmed)
      select campaign_id, 'country', country, tally_shard, count(*) from signatures
       where campaign_id = ${campaign.id} group by 1, 3, 4`);
    await getDb().execute(sql`analyze signatures`);
  });

  test("reading the count never touches the signatures table", async () => {
    const queries = [...(await captureQueries(() => getTallies([campaign.id]))), ...(await captureQueries(() => getCampaignCount(campaign.slug)))];
    assert.ok(queries.length >= 2);
    for (const plan of await plansOf(queries)) {
      const relations = relationsIn(plan);
      assert.ok(relations.includes("tally_shards"), relations.join(", "));
      assert.ok(!relations.includes("signatures"), `the count reads signatures: ${relations.join(", ")}`);
    }
    assert.equal((await getTallies([campaign.id])).get(campaign.id)?.online, SIGNATURES);
  });

  test("breakdowns come from their counters, not from signatures", async () => {
    const queries = await captureQueries(() => getBreakdowns(campaign.id));
    for (const plan of await plansOf(queries)) {
      assert.ok(!relationsIn(plan).includes("signatures"), relationsIn(plan).join(", "));
    }
    const { byCountry } = await getBreakdowns(campaign.id);
    assert.equal(
      byCountry.reduce((sum, entry) => sum + entry.count, 0),
      SIGNATURES,
    );
  });

  test("the public list and its search use indexes, not a scan of every signature", async () => {
    for (const search of ["", "signer 4242"]) {
      const queries = await captureQueries(() => listPublicSignatories(campaign.id, { page: 1, search }));
      for (const plan of await plansOf(queries)) {
        const scans = scansIn(plan);
        assert.ok(!scans.includes("Seq Scan on signatures"), `search "${search}": ${scans.join(", ")}`);
      }
    }
    const found = await listPublicSignatories(campaign.id, { page: 1, search: "signer 4242" });
    assert.ok(found.signatories.some((s) => s.name === "Bulk Signer 4242" || s.name.startsWith("Bulk Signer 4242")));
  });

  // Issue #13: `desc` (NULLS FIRST) against an index in NULLS LAST order read and sorted every
  // listed signer of the campaign for each page. Every page, first, deep or previous, is now the
  // index read in order, stopped after its rows: no Sort node and no other way in.
  test("every page of the public list is read from its index in order, without a sort, at any depth", async () => {
    const first = await listPublicSignatories(campaign.id, { page: 1, search: "" });
    let deep = first;
    for (let i = 0; i < 5; i++) deep = await listPublicSignatories(campaign.id, { search: "", after: decodePosition(deep.next!) });
    const requests = [
      { page: 1, search: "" },
      { page: 2, search: "" },
      { search: "", after: decodePosition(deep.next!) },
      { search: "", before: decodePosition(deep.previous!) },
    ];
    for (const request of requests) {
      const queries = await captureQueries(() => listPublicSignatories(campaign.id, request));
      assert.equal(queries.length, 1);
      const nodes = nodesIn(await plansOf(queries));
      assert.ok(!nodes.some((node) => /Sort/.test(node)), `${JSON.stringify(request)}: ${nodes.join(", ")}`);
      assert.ok(
        nodes.includes("Index Scan using signatures_public_list_idx") || nodes.includes("Index Scan Backward using signatures_public_list_idx"),
        `${JSON.stringify(request)}: ${nodes.join(", ")}`,
      );
      assert.ok(!nodes.some((node) => node.startsWith("Seq Scan") || node.startsWith("Bitmap")), nodes.join(", "));
    }
  });

  // Issue #13, finding 13: a link may be the first (a column of signatures) or a later one (its
  // own table); matching either must still be two index probes, never a scan.
  test("a withdrawal link, first or later, is looked up through indexes, not a scan of every signature", async () => {
    const link = "A".repeat(43);
    const queries = [...(await captureQueries(() => findSignatureByWithdrawToken(link))), ...(await captureQueries(() => withdrawSignature(link)))];
    assert.equal(queries.length, 2);
    for (const plan of await plansOf(queries)) {
      const scans = scansIn(plan);
      assert.ok(scans.includes("Index Scan on signature_withdrawal_tokens"), scans.join(", "));
      assert.ok(!scans.some((scan) => scan.startsWith("Seq Scan on signature")), scans.join(", "));
    }
  });

  // Issue #13: the public integrity report finds held and invalidated signatures and refusals
  // through their own small indexes. Its one count of every signature of the campaign goes through
  // the campaign's index, unless the campaign is most of the table (as here), where PostgreSQL
  // rightly prefers reading the table; either way it runs once per campaign every few minutes.
  test("the integrity report reads signatures through indexes, bar the count of a campaign that is most of the table", async () => {
    const big = await captureQueries(() => getIntegrityReport(campaign.id));
    assert.ok(big.length >= 5);
    for (const [i, plan] of (await plansOf(big)).entries()) {
      if (big[i].query.startsWith("select count(*) as recorded")) continue;
      const scans = scansIn(plan);
      assert.ok(!scans.some((scan) => scan.startsWith("Seq Scan on signature")), `${big[i].query}: ${scans.join(", ")}`);
    }
    assert.equal((await getIntegrityReport(campaign.id)).online.recorded, SIGNATURES);

    const small = await createTestCampaign();
    const queries = await captureQueries(() => getIntegrityReport(small.id));
    for (const [i, plan] of (await plansOf(queries)).entries()) {
      const scans = scansIn(plan);
      assert.ok(!scans.some((scan) => scan.startsWith("Seq Scan on signature")), `${queries[i].query}: ${scans.join(", ")}`);
    }
  });

  test("pages by cursor, forwards and back, are the list's own order with nothing skipped or repeated", async () => {
    const everyone: string[] = [];
    for await (const batch of streamPublicSignatories(campaign.id, 700)) everyone.push(...batch.map((s) => s.name));
    assert.equal(everyone.length, SIGNATURES / 10);
    assert.equal(new Set(everyone).size, everyone.length);
    const pages = [await listPublicSignatories(campaign.id, { page: 1, search: "" })];
    for (let i = 0; i < 4; i++) pages.push(await listPublicSignatories(campaign.id, { search: "", after: decodePosition(pages.at(-1)!.next!) }));
    assert.deepEqual(
      pages.flatMap((p) => p.signatories.map((s) => s.name)),
      everyone.slice(0, 250),
    );
    const back = await listPublicSignatories(campaign.id, { search: "", before: decodePosition(pages[3].previous!) });
    assert.deepEqual(back.signatories, pages[2].signatories);
    assert.equal((await listPublicSignatories(campaign.id, { page: 3, search: "" })).signatories[0].name, everyone[100]);
    const firstAgain = await listPublicSignatories(campaign.id, { search: "", before: decodePosition(pages[1].previous!) });
    assert.deepEqual(firstAgain.signatories, pages[0].signatories);
    assert.equal(firstAgain.previous, null, "the first page has no previous page");
  });

  test("Manage my signatures finds an address's signatures by index, never by scanning them", async () => {
    const queries = [
      ...(await captureQueries(() => requestManageLink("bulk4242@example.org", "192.0.2.42", "en"))),
      ...(await captureQueries(() => requestManageLink("nobody@example.org", "192.0.2.42", "en"))),
      ...(await captureQueries(() => listMySignatures("bulk4242@example.org", "fr"))),
      ...(await captureQueries(() => exportMyData("bulk4242@example.org", "en"))),
    ];
    for (const plan of await plansOf(queries)) {
      const scans = scansIn(plan);
      assert.ok(!scans.includes("Seq Scan on signatures"), scans.join(", "));
    }
    assert.equal((await listMySignatures("bulk4242@example.org", "en")).length, 1);
  });

  test("a signature's velocity checks are index range scans that stop at their limits", async () => {
    // A new client and domain: each count is a range scan of its velocity index.
    const fresh = await captureQueries(() =>
      signCampaign(campaign.slug, validSignature({ email: "new@fresh-domain.example" }), { address: "203.0.113.200" }),
    );
    const insert = fresh.filter(({ query }) => query.includes("velocity as"));
    assert.equal(insert.length, 1);
    const nodes = nodesIn(await plansOf(insert));
    assert.ok(
      nodes.some((node) => /Index (Only )?Scan using signatures_velocity_client_idx/.test(node)),
      nodes.join(", "),
    );
    assert.ok(
      nodes.some((node) => /Index (Only )?Scan using signatures_velocity_domain_idx/.test(node)),
      nodes.join(", "),
    );
    assert.ok(!scansIn(await plansOf(insert)).includes("Seq Scan on signatures"), nodes.join(", "));

    // The domain of all 100,000, all signed just now: the counts still stop at their limits (ANALYZE
    // runs the statement, which stores one more signature, held).
    const surge = await captureQueries(() => signCampaign(campaign.slug, validSignature(), { address: "203.0.113.201" }));
    const statement = surge.find(({ query }) => query.includes("velocity as"))!;
    const [row] = await getSql().unsafe(`explain (analyze, format json) ${statement.query}`, statement.params as never[]);
    const read = signatureScanRows(row["QUERY PLAN"]);
    assert.ok(read.length > 0);
    assert.ok(
      read.every((n) => n <= 200),
      `signature rows read per scan: ${read.join(", ")}`,
    );
  });
});

describe("the email worker's claim on an outbox that has sent 50,000 emails", () => {
  test("finds due rows and the rest of their batches through indexes, not a scan of every sent email", async () => {
    await getDb().execute(sql`
      insert into email_outbox (kind, status, attempts, sent_at)
      select 'test-history', 'sent', 1, now() from generate_series(1, 50000)`);
    await getDb().execute(sql`analyze email_outbox`);
    try {
      const queries = await captureQueries(() => claimDueEmails());
      assert.equal(queries.length, 1);
      const scans = scansIn(await plansOf(queries));
      assert.ok(scans.length > 0);
      assert.ok(!scans.includes("Seq Scan on email_outbox"), scans.join(", "));
    } finally {
      await getDb().execute(sql`delete from email_outbox where kind = 'test-history'`);
    }
  });
});
