import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, linksFor, rows, schema, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";
import { addConfirmed, addPending, addressHash, assertCountersExact, readCounters, statusesOf } from "./moderation-fixtures";
import { inEnglish } from "../fixtures/english";

const { confirmSignature, signCampaign, withdrawSignature } = await import("@/lib/signing/mutations");
const { findSignatureByConfirmToken } = await import("@/lib/signing/queries");
const { invalidateSignaturesAs, previewInvalidationAs, undoInvalidationAs } = await import("@/lib/moderation/commands");
const { listTopClientAddressHashes } = await import("@/lib/moderation/queries");
const { getTally } = await import("@/lib/tallies/queries");
const { setUpActors } = await import("./organizer-actors");

useIntegrationLifecycle();

type Setup = Awaited<ReturnType<typeof setUpActors>>;
let campaign: Setup["campaign"];
let editor: Setup["callers"]["editor"];

before(async () => {
  ({
    campaign,
    callers: { editor },
  } = await setUpActors());
});

/** A fresh campaign that `member` edits. */
async function campaignEditedBy(member: NonNullable<Setup["callers"]["editor"]>, options: Parameters<typeof createTestCampaign>[0] = {}) {
  const created = await createTestCampaign(options);
  await getDb().insert(schema.campaignMembers).values({ campaignId: created.id, userId: member.id, role: "editor" });
  return created;
}

async function preview(filter: Record<string, string>, slug = campaign.slug) {
  const result = await previewInvalidationAs(editor, { campaignSlug: slug, ...filter });
  assert.ok(result.ok, JSON.stringify(result));
  return result.value;
}

async function invalidate(filter: Record<string, string>, expectedCount: number, slug = campaign.slug) {
  const result = await invalidateSignaturesAs(editor, { campaignSlug: slug, ...filter, expectedCount: String(expectedCount), reason: "spam wave" });
  assert.ok(result.ok && result.value.kind === "invalidated", JSON.stringify(result));
  return result.value;
}

describe("the client-address hash at signing", () => {
  test("is the HMAC of the address the request came from, and null without one; never the address", async () => {
    const withAddress = validSignature();
    const without = validSignature();
    assert.equal((await signCampaign(campaign.slug, withAddress, { address: "203.0.113.77" })).kind, "accepted");
    assert.equal((await signCampaign(campaign.slug, without)).kind, "accepted");
    await settleOutbox(campaign.id);
    const stored = await rows<{ email: string; hash: string | null }>(sql`
      select email, encode(ip_hash, 'hex') as hash from signatures where email in (${withAddress.email}, ${without.email})`);
    const hashOf = Object.fromEntries(stored.map((r) => [r.email, r.hash]));
    assert.equal(hashOf[withAddress.email], addressHash("203.0.113.77"));
    assert.equal(hashOf[without.email], null);
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from signatures s where s::text like '%203.0.113.77%'`);
    assert.equal(n, 0, "the address itself is stored nowhere in the row");
    const top = await listTopClientAddressHashes(campaign.id);
    assert.ok(top.some((entry) => entry.hash === addressHash("203.0.113.77") && entry.signatures === 1));
  });
});

describe("invalidating by a filter", () => {
  test("preview counts what invalidation changes; counters then equal a recount; undo restores exactly", async () => {
    const target = await campaignEditedBy(editor!);
    const keep = await addConfirmed(target.id, 12, { domain: "good.example", office: "mayor" });
    const spamConfirmed = await addConfirmed(target.id, 7, { domain: "spam.example", referrerHost: "bots.example" });
    const spamPending = await addPending(target.id, 4, { domain: "spam.example" });
    await addConfirmed(target.id, 3, { domain: "a.spam.example" });
    await addPending(target.id, 2, { domain: "good.example" });
    const before = await assertCountersExact(target.id, "counters are exact before moderation");
    const statusesBefore = await statusesOf(target.id);
    const tallyBefore = (await getTally(target.id)).online;

    const counted = await preview({ emailDomain: "SPAM.example" }, target.slug);
    assert.deepEqual(counted, { confirmed: 7, pending: 4, total: 11, filter: { emailDomain: "spam.example" } });
    assert.deepEqual(await statusesOf(target.id), statusesBefore, "a preview changes nothing");

    const done = await invalidate({ emailDomain: "spam.example" }, 11, target.slug);
    assert.equal(done.confirmed + done.pending, counted.total, "the preview counted exactly what was invalidated");
    assert.deepEqual([done.confirmed, done.pending], [7, 4]);
    const after = await statusesOf(target.id);
    for (const signer of [...spamConfirmed, ...spamPending]) assert.equal(after[signer.id], "invalidated");
    for (const signer of keep) assert.equal(after[signer.id], "confirmed");
    await assertCountersExact(target.id, "counters equal a recount after the invalidation");
    assert.equal((await getTally(target.id)).online, tallyBefore - 7);
    const [invalidation] = await rows<{ matched: number; filter: unknown; reason: string; created_by: string }>(sql`
      select matched, filter, reason, created_by from signature_invalidations where id = ${done.invalidationId}`);
    assert.deepEqual(invalidation, { matched: 11, filter: { emailDomain: "spam.example" }, reason: "spam wave", created_by: editor!.id });
    assert.deepEqual(await preview({ emailDomain: "spam.example" }, target.slug), {
      confirmed: 0,
      pending: 0,
      total: 0,
      filter: { emailDomain: "spam.example" },
    });

    const undone = await undoInvalidationAs(editor, { campaignSlug: target.slug, invalidationId: done.invalidationId });
    assert.deepEqual(undone, { ok: true, value: { campaignSlug: target.slug, confirmed: 7, pending: 4 } });
    assert.deepEqual(await statusesOf(target.id), statusesBefore, "every signature has its former status back");
    assert.deepEqual(await readCounters(target.id), before, "the counters are back to what they were");
    const leftovers = await rows<{ n: number }>(sql`
      select count(*)::int as n from signatures where campaign_id = ${target.id}
         and (invalidation_id is not null or status_before_invalidation is not null)`);
    assert.equal(leftovers[0].n, 0);

    const again = await undoInvalidationAs(editor, { campaignSlug: target.slug, invalidationId: done.invalidationId });
    assert.ok(!again.ok && again.error === "invalid", "an invalidation is undone once only");
    assert.deepEqual(await readCounters(target.id), before, "a second undo counts nothing twice");
  });

  test("filters by time window and by client-address hash, alone or together", async () => {
    const hour = 3_600_000;
    const early = new Date(Date.now() - 5 * hour);
    const late = new Date(Date.now() - 1 * hour);
    const burst = await addConfirmed(campaign.id, 5, { address: "198.51.100.9", createdAt: early });
    await addConfirmed(campaign.id, 3, { address: "198.51.100.9", createdAt: late });
    await addConfirmed(campaign.id, 4, { address: "192.0.2.1", createdAt: early });
    const hash = addressHash("198.51.100.9");
    const iso = (d: Date) => d.toISOString().slice(0, 16);
    const window = { from: iso(new Date(early.getTime() - 60_000)), to: iso(new Date(early.getTime() + 120_000)) };

    assert.equal((await preview({ ipHash: hash })).total, 8);
    assert.equal((await preview({ ipHash: hash.toUpperCase() })).total, 8, "hex case does not matter");
    assert.ok((await preview(window)).total >= 9);
    const both = await preview({ ...window, ipHash: hash });
    assert.deepEqual([both.confirmed, both.pending], [5, 0]);
    const done = await invalidate({ ...window, ipHash: hash }, 5);
    const statuses = await statusesOf(campaign.id);
    assert.ok(burst.every((s) => statuses[s.id] === "invalidated"));
    await assertCountersExact(campaign.id);
    const top = await listTopClientAddressHashes(campaign.id);
    assert.equal(top.find((entry) => entry.hash === hash)?.signatures, 3, "invalidated signatures leave the client-address counts");
    assert.equal((await undoInvalidationAs(editor, { campaignSlug: campaign.slug, invalidationId: done.invalidationId })).ok, true);
    await assertCountersExact(campaign.id);
  });

  test("a count that moved since the preview changes nothing and asks for a new preview", async () => {
    await addPending(campaign.id, 2, { domain: "moving.example" });
    const seen = await preview({ emailDomain: "moving.example" });
    await addPending(campaign.id, 1, { domain: "moving.example" });
    const countersBefore = await readCounters(campaign.id);
    const statusesBefore = await statusesOf(campaign.id);
    const [{ n: invalidationsBefore }] = await rows<{ n: number }>(sql`select count(*)::int as n from signature_invalidations`);
    const result = await invalidateSignaturesAs(editor, {
      campaignSlug: campaign.slug,
      emailDomain: "moving.example",
      expectedCount: String(seen.total),
      reason: "spam wave",
    });
    assert.deepEqual(result, {
      ok: true,
      value: { kind: "count-changed", campaignSlug: campaign.slug, preview: { confirmed: 0, pending: 3, total: 3 } },
    });
    assert.deepEqual(await statusesOf(campaign.id), statusesBefore);
    assert.deepEqual(await readCounters(campaign.id), countersBefore);
    const [{ n: invalidationsAfter }] = await rows<{ n: number }>(sql`select count(*)::int as n from signature_invalidations`);
    assert.equal(invalidationsAfter, invalidationsBefore, "no invalidation row is left behind");
  });

  test("bad filters are refused with field errors; another campaign's invalidation is not found", async () => {
    const none = await invalidateSignaturesAs(editor, { campaignSlug: campaign.slug, expectedCount: "1", reason: "spam wave" });
    assert.ok(!none.ok && none.error === "invalid" && /at least one criterion/.test(inEnglish(none.fieldErrors.from)));
    const backwards = await previewInvalidationAs(editor, { campaignSlug: campaign.slug, from: "2025-03-02T10:00", to: "2025-03-01T10:00" });
    assert.ok(!backwards.ok && backwards.error === "invalid" && backwards.fieldErrors.to);
    const badHash = await previewInvalidationAs(editor, { campaignSlug: campaign.slug, ipHash: "abc123" });
    assert.ok(!badHash.ok && badHash.error === "invalid" && badHash.fieldErrors.ipHash);
    const noReason = await invalidateSignaturesAs(editor, { campaignSlug: campaign.slug, emailDomain: "x.example", expectedCount: "1", reason: " " });
    assert.ok(!noReason.ok && noReason.error === "invalid" && noReason.fieldErrors.reason);

    const { callers } = await setUpActors();
    const elsewhere = await campaignEditedBy(callers.owner!);
    await addPending(elsewhere.id, 1, { domain: "elsewhere.example" });
    const theirs = await invalidateSignaturesAs(callers.owner, {
      campaignSlug: elsewhere.slug,
      emailDomain: "elsewhere.example",
      expectedCount: "1",
      reason: "spam wave",
    });
    assert.ok(theirs.ok && theirs.value.kind === "invalidated");
    assert.deepEqual(await undoInvalidationAs(editor, { campaignSlug: campaign.slug, invalidationId: theirs.value.invalidationId }), {
      ok: false,
      error: "not-found",
    });
    assert.deepEqual(Object.values(await statusesOf(elsewhere.id)), ["invalidated"], "the other campaign's invalidation stays");
  });
});

describe("what an invalidated signature can still do", () => {
  test("a pending signature set aside cannot be confirmed by its link; after undo it can", async () => {
    const [signer] = await addPending(campaign.id, 1, { domain: "later.example" });
    const done = await invalidate({ emailDomain: "later.example" }, 1);
    assert.equal(await findSignatureByConfirmToken(signer.confirm), null, "the confirmation page says the link is not valid");
    assert.deepEqual(await confirmSignature(signer.confirm), { kind: "invalid" });
    assert.deepEqual((await statusesOf(campaign.id))[signer.id], "invalidated");
    await assertCountersExact(campaign.id);

    assert.equal((await undoInvalidationAs(editor, { campaignSlug: campaign.slug, invalidationId: done.invalidationId })).ok, true);
    assert.equal((await findSignatureByConfirmToken(signer.confirm))?.status, "pending");
    assert.equal((await confirmSignature(signer.confirm)).kind, "confirmed");
    await assertCountersExact(campaign.id);
  });

  test("withdrawing an invalidated signature deletes it and leaves the counts alone; undo skips it", async () => {
    const signers = await addConfirmed(campaign.id, 3, { domain: "gone.example" });
    const done = await invalidate({ emailDomain: "gone.example" }, 3);
    const countersAfterInvalidation = await assertCountersExact(campaign.id);
    assert.equal((await withdrawSignature(signers[0].withdraw)).kind, "withdrawn");
    assert.equal((await statusesOf(campaign.id))[signers[0].id], undefined, "the row is gone");
    assert.deepEqual(await readCounters(campaign.id), countersAfterInvalidation, "the counts did not move");
    const undone = await undoInvalidationAs(editor, { campaignSlug: campaign.slug, invalidationId: done.invalidationId });
    assert.deepEqual(undone, { ok: true, value: { campaignSlug: campaign.slug, confirmed: 2, pending: 0 } });
    await assertCountersExact(campaign.id);
  });

  test("signing again with an invalidated address is answered like any repeat signature", async () => {
    const signature = validSignature({ email: `again.${Date.now()}@repeat.example` });
    await signCampaign(campaign.slug, signature);
    await settleOutbox(campaign.id);
    const first = linksFor(signature.email);
    assert.ok(first.confirm);
    await invalidate({ emailDomain: "repeat.example" }, 1);
    assert.equal((await signCampaign(campaign.slug, signature)).kind, "accepted", "the same answer as any signer");
    await settleOutbox(campaign.id);
    const repeat = linksFor(signature.email);
    assert.ok(repeat.withdraw && repeat.withdraw !== first.withdraw, "the owner is sent a fresh withdrawal link");
    assert.equal(repeat.confirm, undefined, "and no new way to confirm it");
    assert.deepEqual(await confirmSignature(first.confirm), { kind: "invalid" });
    assert.equal((await withdrawSignature(repeat.withdraw)).kind, "withdrawn");
  });
});

describe("a signer whose signature was set aside tries to sign again", () => {
  test("is told it is not counted, not that it is confirmed, and gets no confirmation link", async () => {
    const target = await campaignEditedBy(editor!);
    const domain = `aside-${Date.now()}.example`;
    const [signer] = await addConfirmed(target.id, 1, { domain });
    await invalidate({ emailDomain: domain }, 1, target.slug);
    await settleOutbox(target.id);
    const { fake } = await import("./support");
    const before = fake.emails.length;
    const again = validSignature({ email: signer.email });
    assert.equal((await signCampaign(target.slug, again)).kind, "accepted", "the same answer as for anyone");
    await settleOutbox(target.id);
    const [notice] = fake.emails.slice(before).filter((email) => email.to.includes(signer.email));
    assert.ok(notice, "the owner of the address is emailed");
    assert.match(notice.text, /not counted: the campaign's moderators set it aside/);
    assert.doesNotMatch(notice.text, /confirmed and counted/);
    assert.doesNotMatch(notice.text, /\/confirm\//);
    assert.equal((await getTally(target.id)).online, 0);
  });
});
