import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, useIntegrationLifecycle } from "./support";
import { captureQueries, plansOf, relationsIn, scansIn } from "./query-plans";

const { getTallies } = await import("@/lib/tallies/queries");
const { getCampaignCount } = await import("@/lib/tallies/queries");
const { getBreakdowns } = await import("@/lib/tallies/breakdowns");
const { listPublicSignatories } = await import("@/lib/signatories/queries");
const { claimDueEmails } = await import("@/lib/email/outbox");

useIntegrationLifecycle();

const SIGNATURES = 100_000;
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
    const queries = [
      ...(await captureQueries(() => getTallies([campaign.id]))),
      ...(await captureQueries(() => getCampaignCount(campaign.slug))),
    ];
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
    assert.equal(byCountry.reduce((sum, entry) => sum + entry.count, 0), SIGNATURES);
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
