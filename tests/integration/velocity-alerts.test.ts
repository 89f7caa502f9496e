import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { eq, sql } from "drizzle-orm";
import { fake, getDb, rows, schema, settleOutbox, useIntegrationLifecycle } from "./support";
import { addPending, addressHash } from "./moderation-fixtures";

// Hourly trending (issue #13): the moderation page lists the client hashes and email domains with
// unusual volume in one hour, and past VELOCITY_ALERT_PER_HOUR (100) the campaign's owners are
// emailed once per campaign, key and hour, in the campaign's language.

const { listTrendingKeys } = await import("@/lib/moderation/trending");
const { sendVelocityAlerts } = await import("@/lib/moderation/velocity-alerts");
const { loadModerationPage } = await import("@/lib/moderation/page-data");
const { setUpActors } = await import("./organizer-actors");

useIntegrationLifecycle();

type Setup = Awaited<ReturnType<typeof setUpActors>>;
let setup: Setup;
const SURGE_ADDRESS = "203.0.113.99";
// The middle of the previous clock hour: every row of a surge in one hour, whenever the test runs.
const HOUR = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000);
const createdAt = new Date(HOUR.getTime() + 30 * 60_000);

before(async () => {
  setup = await setUpActors({ language: "fr" });
  await addPending(setup.campaign.id, 100, { address: SURGE_ADDRESS, domain: "surge.example", createdAt });
  await addPending(setup.campaign.id, 30, { domain: "gmail.com", createdAt });
  await addPending(setup.campaign.id, 19, { domain: "quiet.example", createdAt });
});

const emailsTo = (address: string) => fake.emails.filter((email) => email.to.includes(address));

describe("hourly trending", () => {
  test("lists the client and the domain past the threshold, with their hour; free mail and quiet domains are left out", async () => {
    const keys = await listTrendingKeys(setup.campaign.id, 20, new Date(Date.now() - 24 * 3_600_000));
    assert.deepEqual(
      keys.map(({ dimension, key, signatures }) => ({ dimension, key, signatures })),
      [
        { dimension: "client", key: addressHash(SURGE_ADDRESS), signatures: 100 },
        { dimension: "domain", key: "surge.example", signatures: 100 },
      ],
    );
    assert.ok(keys.every((key) => key.hour.getTime() === HOUR.getTime()));
  });

  test("the moderation page shows them, and fills the filter only with valid values from its address", async () => {
    const page = await loadModerationPage(setup.callers.viewer, setup.campaign.slug, {
      prefill: { ipHash: addressHash(SURGE_ADDRESS), emailDomain: "not a domain", from: "2026-02-30T10:00" },
    });
    assert.ok(page.ok);
    assert.equal(page.value.trending.keys.length, 2);
    assert.deepEqual(JSON.parse(JSON.stringify(page.value.prefill)), { ipHash: addressHash(SURGE_ADDRESS) });
  });
});

describe("alerts", () => {
  test("each owner is emailed once per campaign, key and hour, in the campaign's language", async () => {
    const owner = setup.callers.owner!;
    const editor = setup.callers.editor!;
    await sendVelocityAlerts();
    await settleOutbox();
    const received = emailsTo(owner.email);
    assert.equal(received.length, 1);
    assert.match(received[0].subject, /^Volume de signatures inhabituel sur «\u00a0/);
    assert.match(received[0].text, /100 signatures depuis le domaine e-mail surge\.example/);
    assert.ok(received[0].text.includes(`${addressHash(SURGE_ADDRESS).slice(0, 12)}…`));
    assert.ok(received[0].text.includes(`/fr/organizer/campaigns/${setup.campaign.slug}/moderation`));
    assert.ok(!received[0].text.includes("gmail.com"));
    assert.equal(emailsTo(editor.email).length, 0, "owners only");

    await sendVelocityAlerts();
    await settleOutbox();
    assert.equal(emailsTo(owner.email).length, 1, "a second sweep in the same hour sends nothing");
    const recorded = await rows<{ dimension: string; key: string }>(sql`
      select dimension, key from velocity_alerts where campaign_id = ${setup.campaign.id} order by dimension`);
    assert.deepEqual(
      recorded.map((r) => r.dimension),
      ["client", "domain"],
    );
  });

  test("a closed campaign is not swept", async () => {
    const other = await setUpActors();
    await getDb().update(schema.campaigns).set({ status: "closed" }).where(eq(schema.campaigns.id, other.campaign.id));
    await addPending(other.campaign.id, 100, { address: "203.0.113.98", domain: "closed-surge.example", createdAt });
    await sendVelocityAlerts();
    await settleOutbox();
    assert.equal(emailsTo(other.callers.owner!.email).length, 0);
  });
});
