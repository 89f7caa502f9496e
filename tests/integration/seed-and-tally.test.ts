import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, rows, schema, useIntegrationLifecycle } from "./support";
import { captureQueries, plansOf, relationsIn } from "./query-plans";

const { migrateAndSeed } = await import("@/lib/db/migrate");
const { seedDatabase } = await import("@/lib/db/seed");
const { getTally, getTallies } = await import("@/lib/tallies/queries");
const { confirmSignature } = await import("@/lib/signing/mutations");
const { createTokenPair } = await import("@/lib/signing/tokens");

useIntegrationLifecycle();

const SEEDED_CAMPAIGNS = ["un-commission-of-inquiry", "mayors-declaration"];

async function seededState() {
  const [counts] = await rows<Record<string, number>>(sql`select
    (select count(*)::int from events) as events,
    (select count(*)::int from event_speakers) as speakers,
    (select count(*)::int from event_sources) as sources,
    (select count(*)::int from event_calls_to_action) as calls_to_action,
    (select count(*)::int from campaigns) as campaigns,
    (select count(*)::int from offline_tallies) as offline_tallies`);
  const campaigns = await rows(sql`select * from campaigns where slug in ${SEEDED_CAMPAIGNS} order by slug`);
  const events = await rows(sql`select * from events order by slug`);
  return { counts, campaigns, events };
}

async function campaignBySlug(slug: string) {
  const [campaign] = await rows<{ id: string; status: string }>(sql`select id, status from campaigns where slug = ${slug}`);
  assert.ok(campaign, `campaign ${slug} is seeded`);
  return campaign;
}

describe("seed and tallies", () => {
  test("running the seed a second time changes nothing", async () => {
    const before = await seededState();
    assert.ok(before.counts.events >= 2 && before.counts.speakers > 0 && before.counts.sources > 0);
    await migrateAndSeed(process.env.DATABASE_URL!, seedDatabase);
    const after = await seededState();
    assert.deepEqual(after.counts, before.counts);
    assert.deepEqual(after.campaigns, before.campaigns, "seeded campaigns are left as they are");
    assert.deepEqual(after.events, before.events);
  });

  test("the seeded campaigns are open, and the declaration counts its 2,000 paper signatures", async () => {
    for (const slug of SEEDED_CAMPAIGNS) assert.equal((await campaignBySlug(slug)).status, "open", slug);

    const declaration = await getTally((await campaignBySlug("mayors-declaration")).id);
    assert.equal(declaration.offline, 2000);
    assert.equal(declaration.total, declaration.online + declaration.offline);
    const petition = await getTally((await campaignBySlug("un-commission-of-inquiry")).id);
    assert.equal(petition.offline, 0);
    assert.equal(petition.total, petition.online);
  });

  test("the 2017 commemoration is recorded in Tirana, with a note on the Paris headline", async () => {
    const [event] = await rows<{ place: string; place_note: string | null }>(sql`
      select place, place_note from events where slug = '1988-massacre-commemoration-2017'`);
    assert.ok(event, "the event is seeded");
    assert.equal(event.place, "Tirana, Albania");
    assert.match(event.place_note ?? "", /Paris/);
  });

  test("a tally adds documented offline counts to confirmed online signatures", async () => {
    const campaign = await createTestCampaign();
    await getDb()
      .insert(schema.offlineTallies)
      .values([300, 45].map((count) => ({ campaignId: campaign.id, count, description: `${count} on paper`, sourceTitle: "A report" })));
    const tokens = [createTokenPair(), createTokenPair(), createTokenPair()];
    await getDb()
      .insert(schema.signatures)
      .values(
        tokens.map(({ confirm, withdraw }, i) => ({
          campaignId: campaign.id,
          email: `t${i}@example.org`,
          emailCanonical: `t${i}@example.org`,
          fullName: `T ${i}`,
          showName: false,
          optInUpdates: false,
          consentedAt: new Date(),
          confirmTokenHash: confirm.hash,
          confirmExpiresAt: new Date(Date.now() + 86_400_000),
          withdrawTokenHash: withdraw.hash,
        })),
      );
    for (const { confirm } of tokens.slice(0, 2)) assert.equal((await confirmSignature(confirm.token)).kind, "confirmed");

    const tally = await getTally(campaign.id);
    assert.deepEqual([tally.online, tally.offline, tally.total], [2, 345, 347]);
    const both = await getTallies([campaign.id, (await campaignBySlug("mayors-declaration")).id]);
    assert.equal(both.size, 2);
    assert.equal(both.get(campaign.id)?.total, 347);
  });

  test("reading tallies does not scan signatures", async () => {
    const ids = [...(await Promise.all(SEEDED_CAMPAIGNS.map(campaignBySlug))).map((c) => c.id), (await createTestCampaign()).id];
    // Explain the statements getTallies really sends, so this follows lib/tallies/queries.ts as it changes.
    const queries = await captureQueries(() => getTallies(ids));
    assert.ok(queries.length > 0, "getTallies reads the database");
    for (const plan of await plansOf(queries)) {
      const relations = relationsIn(plan);
      assert.ok(relations.includes("tally_shards"), `the plan reads the shards: ${relations.join(", ")}`);
      assert.ok(!relations.includes("signatures"), `the plan scans signatures: ${relations.join(", ")}`);
    }
  });
});
