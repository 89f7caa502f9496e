import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { getDb, rows, schema, useIntegrationLifecycle } from "./support";
import { addPending, assertCountersExact, readCounters, statusesOf, type TestSigner } from "./moderation-fixtures";

// The "Held" section of the moderation page (issue #13): releasing held signatures counts each
// exactly once (at once if its owner confirmed meanwhile, else when they do), and invalidating them
// goes through the invalidations, so undoing puts them back on hold.

const { confirmSignature } = await import("@/lib/signing/mutations");
const { invalidateHeldSignaturesAs, releaseHeldSignaturesAs, undoInvalidationAs } = await import("@/lib/moderation/commands");
const { loadModerationPage } = await import("@/lib/moderation/page-data");
const { getTally } = await import("@/lib/tallies/queries");
const { setUpActors } = await import("./organizer-actors");

useIntegrationLifecycle();

type Setup = Awaited<ReturnType<typeof setUpActors>>;
let setup: Setup;
before(async () => {
  setup = await setUpActors();
});

/** `count` held signatures, as a velocity rule stores them; `confirmed` of them confirmed by their owners through their link. */
async function addHeld(campaignId: string, count: number, reason: string, confirmed = 0): Promise<TestSigner[]> {
  const signers = await addPending(campaignId, count, { domain: "held.example" });
  await rows(sql`
    update signatures set status = 'held', held_reason = ${reason}, held_at = now()
     where id in (${sql.join(
       signers.map((s) => sql`${s.id}::uuid`),
       sql`, `,
     )})`);
  for (const signer of signers.slice(0, confirmed)) await confirmSignature(signer.confirm);
  return signers;
}

const held = (campaignSlug: string, values: Record<string, string>) => ({ campaignSlug, expectedCount: "1", ...values });

describe("releasing held signatures", () => {
  test("one whose owner confirmed is counted at once, exactly once; one not yet confirmed becomes pending", async () => {
    const { campaign, callers } = setup;
    const [ownerConfirmed, notYet] = await addHeld(campaign.id, 2, "velocity_client_burst", 1);
    assert.equal((await getTally(campaign.id)).online, 0, "confirming a held signature does not count it");

    const released = await releaseHeldSignaturesAs(callers.editor, held(campaign.slug, { signatureId: ownerConfirmed.id }));
    assert.deepEqual(released, { ok: true, value: { campaignSlug: campaign.slug, kind: "done" } });
    assert.equal((await getTally(campaign.id)).online, 1);
    const again = await releaseHeldSignaturesAs(callers.editor, held(campaign.slug, { signatureId: ownerConfirmed.id }));
    assert.deepEqual(again, { ok: true, value: { campaignSlug: campaign.slug, kind: "count-changed" } }, "released once only");
    assert.equal((await getTally(campaign.id)).online, 1);

    await releaseHeldSignaturesAs(callers.owner, held(campaign.slug, { signatureId: notYet.id }));
    assert.equal((await statusesOf(campaign.id))[notYet.id], "pending");
    assert.equal((await getTally(campaign.id)).online, 1, "a released pending signature waits for its owner");
    assert.deepEqual(await confirmSignature(notYet.confirm), { kind: "confirmed", campaignSlug: campaign.slug });
    assert.equal((await getTally(campaign.id)).online, 2);
    const [row] = await rows<{ released: boolean; reason: string }>(sql`
      select released_at is not null as released, held_reason as reason from signatures where id = ${notYet.id}`);
    assert.deepEqual(row, { released: true, reason: "velocity_client_burst" }, "the reason stays, for the record");
    await assertCountersExact(campaign.id);
  });

  test("all held for one rule, only if still the count shown; the counters then equal a recount", async () => {
    const { campaign, callers } = setup;
    const target = await addHeld(campaign.id, 5, "velocity_domain_burst", 3);
    const others = await addHeld(campaign.id, 2, "velocity_domain_sustained", 2);
    const tally = (await getTally(campaign.id)).online;
    const stale = await releaseHeldSignaturesAs(callers.editor, held(campaign.slug, { reason: "velocity_domain_burst", expectedCount: "4" }));
    assert.deepEqual(stale, { ok: true, value: { campaignSlug: campaign.slug, kind: "count-changed" } });
    const unchanged = await statusesOf(campaign.id);
    assert.ok(target.every((s) => unchanged[s.id] === "held"));
    assert.equal((await getTally(campaign.id)).online, tally, "a stale count changes nothing");

    await releaseHeldSignaturesAs(callers.admin, held(campaign.slug, { reason: "velocity_domain_burst", expectedCount: "5" }));
    const statuses = await statusesOf(campaign.id);
    assert.deepEqual(
      target.map((s) => statuses[s.id]),
      ["confirmed", "confirmed", "confirmed", "pending", "pending"],
    );
    assert.ok(
      others.every((s) => statuses[s.id] === "held"),
      "another rule's signatures stay held",
    );
    assert.equal((await getTally(campaign.id)).online, tally + 3);
    await assertCountersExact(campaign.id);
  });
});

describe("invalidating held signatures", () => {
  test("goes through the invalidations: undoing puts them back on hold, uncounted", async () => {
    const { campaign, callers } = setup;
    const signers = await addHeld(campaign.id, 3, "velocity_client_sustained", 2);
    const counters = await readCounters(campaign.id);
    const done = await invalidateHeldSignaturesAs(callers.editor, held(campaign.slug, { reason: "velocity_client_sustained", expectedCount: "3" }));
    assert.deepEqual(done, { ok: true, value: { campaignSlug: campaign.slug, kind: "done" } });
    const statuses = await statusesOf(campaign.id);
    assert.deepEqual(
      signers.map((s) => statuses[s.id]),
      ["invalidated", "invalidated", "invalidated"],
    );
    assert.deepEqual(await confirmSignature(signers[2].confirm), { kind: "invalid" }, "an invalidated one cannot be confirmed");
    const [invalidation] = await rows<{ id: string; matched: number; filter: unknown; reason: string }>(sql`
      select id, matched, filter, reason from signature_invalidations where campaign_id = ${campaign.id} order by created_at desc limit 1`);
    assert.deepEqual(
      { matched: invalidation.matched, filter: invalidation.filter, reason: invalidation.reason },
      { matched: 3, filter: { held: { reason: "velocity_client_sustained" } }, reason: "velocity_client_sustained" },
    );
    assert.deepEqual(await readCounters(campaign.id), counters, "held ones were not counted, so nothing is taken off");

    const undone = await undoInvalidationAs(callers.owner, { campaignSlug: campaign.slug, invalidationId: invalidation.id });
    assert.ok(undone.ok);
    const restored = await statusesOf(campaign.id);
    assert.deepEqual(
      signers.map((s) => restored[s.id]),
      ["held", "held", "held"],
    );
    assert.deepEqual(await readCounters(campaign.id), counters);
    await assertCountersExact(campaign.id);
  });

  test("one at a time, leaving the others held", async () => {
    const { campaign, callers } = setup;
    const [one, other] = await addHeld(campaign.id, 2, "velocity_client_burst");
    await invalidateHeldSignaturesAs(callers.editor, held(campaign.slug, { signatureId: one.id }));
    const statuses = await statusesOf(campaign.id);
    assert.deepEqual([statuses[one.id], statuses[other.id]], ["invalidated", "held"]);
  });
});

describe("who may see and decide", () => {
  test("viewers, other organizers and strangers change nothing; every decision is audited", async () => {
    const { campaign, callers } = setup;
    const [signer] = await addHeld(campaign.id, 1, "velocity_client_burst", 1);
    for (const actor of ["anonymous", "viewer", "other-organizer"] as const) {
      const input = held(campaign.slug, { signatureId: signer.id });
      for (const command of [releaseHeldSignaturesAs, invalidateHeldSignaturesAs]) {
        const refused = await command(callers[actor], input);
        assert.ok(!refused.ok, `${actor} is refused`);
      }
    }
    assert.equal((await statusesOf(campaign.id))[signer.id], "held");
    const invalid = await releaseHeldSignaturesAs(callers.editor, { campaignSlug: campaign.slug, reason: "made_up", expectedCount: "1" });
    assert.ok(!invalid.ok && invalid.error === "invalid");
    const both = await releaseHeldSignaturesAs(callers.editor, held(campaign.slug, { signatureId: signer.id, reason: "velocity_client_burst" }));
    assert.ok(!both.ok && both.error === "invalid", "one signature or one rule, not both");

    await releaseHeldSignaturesAs(callers.editor, held(campaign.slug, { signatureId: signer.id }));
    const entries = await getDb()
      .select({ action: schema.auditLog.action, details: schema.auditLog.details })
      .from(schema.auditLog)
      .where(sql`${schema.auditLog.campaignId} = ${campaign.id} and ${schema.auditLog.action} = 'signatures.release'`);
    assert.ok(entries.length >= 1);
    assert.ok(!JSON.stringify(entries).includes("held.example"), "the audit log names no signer");
  });

  test("the page lists held signatures by rule, with their email domain only for those who may read personal data", async () => {
    const { campaign, callers } = setup;
    await addHeld(campaign.id, 1, "velocity_domain_sustained");
    const forEditor = await loadModerationPage(callers.editor, campaign.slug);
    const forViewer = await loadModerationPage(callers.viewer, campaign.slug);
    assert.ok(forEditor.ok && forViewer.ok);
    assert.ok(forEditor.value.held.byReason.some((row) => row.reason === "velocity_domain_sustained" && row.held >= 1));
    assert.ok(forEditor.value.held.signatures.every((s) => s.emailDomain === "held.example"));
    assert.ok(forViewer.value.held.signatures.length > 0);
    assert.ok(forViewer.value.held.signatures.every((s) => s.emailDomain === null));
    assert.ok(!JSON.stringify(forEditor.value.held).includes("@"), "no email address");
  });
});
