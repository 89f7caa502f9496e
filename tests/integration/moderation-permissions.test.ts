import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { eq, sql } from "drizzle-orm";
import { getDb, rows, schema, useIntegrationLifecycle } from "./support";
import { addConfirmed, addPending, readCounters, statusesOf } from "./moderation-fixtures";

const { loadModerationPage } = await import("@/lib/moderation/page-data");
const { invalidateSignaturesAs, previewInvalidationAs, setSignatureVisibilityAs, undoInvalidationAs } = await import("@/lib/moderation/commands");
const { loadAuditLog } = await import("@/lib/audit/page-data");
const { ACTORS, setUpActors } = await import("./organizer-actors");
type Actor = import("./organizer-actors").Actor;
type Caller = import("./organizer-actors").Caller;

useIntegrationLifecycle();

// Who may do what on the moderation page: editors, owners and admins act; a viewer sees the page
// read-only; an organizer of another campaign gets what a missing campaign gets; nobody signed in
// is sent to sign in. Every refusal leaves the database as it was, audit log included.

const MODERATORS: Actor[] = ["editor", "owner", "admin"];
const refusalOf = (actor: Actor) => (actor === "anonymous" ? "unauthenticated" : "forbidden");

let callers: Record<Actor, Caller>;
let campaign: Awaited<ReturnType<typeof setUpActors>>["campaign"];

before(async () => {
  ({ campaign, callers } = await setUpActors());
});

const auditCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where campaign_id = ${campaign.id}`))[0].n;

async function lastAudit() {
  const [entry] = await getDb().select().from(schema.auditLog).where(eq(schema.auditLog.campaignId, campaign.id)).orderBy(sql`id desc`).limit(1);
  return entry;
}

describe("the moderation page's data, for every kind of caller", () => {
  for (const actor of ACTORS) {
    const expected = actor === "anonymous" ? "unauthenticated" : actor === "other-organizer" ? "forbidden" : "ok";
    test(`${actor}: /organizer/campaigns/{slug}/moderation answers ${expected}${expected === "ok" ? (MODERATORS.includes(actor) ? ", with its forms" : ", read-only") : ""}`, async () => {
      const [signer] = await addConfirmed(campaign.id, 1, { fullName: `Listed for ${actor}`, comment: "A comment", address: "198.51.100.200" });
      const result = await loadModerationPage(callers[actor], campaign.slug, { search: `for ${actor}` });
      if (expected !== "ok") return assert.deepEqual(result, { ok: false, error: expected });
      assert.ok(result.ok);
      assert.equal(result.value.canModerate, MODERATORS.includes(actor));
      assert.deepEqual(
        result.value.signatories.map(({ id, name, comment, nameHidden, commentHidden }) => ({ id, name, comment, nameHidden, commentHidden })),
        [{ id: signer.id, name: `Listed for ${actor}`, comment: "A comment", nameHidden: false, commentHidden: false }],
      );
      assert.ok(result.value.clientAddresses.length > 0 && result.value.clientAddresses.every((c) => /^[0-9a-f]{64}$/.test(c.hash)));
      assert.ok(!JSON.stringify(result.value).includes(signer.email), "never a signer's email address");
      assert.ok(!JSON.stringify(result.value).includes("198.51.100.200"), "never a client address");
    });
  }

  test("an unknown campaign is a 404 to a signed-in caller, and a sign-in to an anonymous one", async () => {
    assert.deepEqual(await loadModerationPage(callers.admin, "no-such-campaign"), { ok: false, error: "not-found" });
    assert.deepEqual(await loadModerationPage(null, "no-such-campaign"), { ok: false, error: "unauthenticated" });
  });
});

describe("hiding and showing names and comments, for every kind of caller", () => {
  const changes = [
    ["hide-name", "nameHidden", false, true],
    ["hide-comment", "commentHidden", false, true],
    ["show-name", "nameHidden", true, false],
    ["show-comment", "commentHidden", true, false],
  ] as const;
  for (const actor of ACTORS) {
    for (const [change, column, from, to] of changes) {
      const allowed = MODERATORS.includes(actor);
      test(`${actor}: ${change} ${allowed ? "changes it, with an audit entry" : "is refused and changes nothing"}`, async () => {
        const [signer] = await addConfirmed(campaign.id, 1, { comment: "Hello" });
        await getDb()
          .update(schema.signatures)
          .set({ [column]: from })
          .where(eq(schema.signatures.id, signer.id));
        const entriesBefore = await auditCount();
        const result = await setSignatureVisibilityAs(callers[actor], { campaignSlug: campaign.slug, signatureId: signer.id }, change);
        const [row] = await getDb().select().from(schema.signatures).where(eq(schema.signatures.id, signer.id));
        if (!allowed) {
          assert.deepEqual(result, { ok: false, error: refusalOf(actor) });
          assert.equal(row[column], from, "the flag did not change");
          assert.equal(await auditCount(), entriesBefore, "no audit entry");
          return;
        }
        assert.deepEqual(result, { ok: true, value: { campaignSlug: campaign.slug, signatureId: signer.id, change } });
        assert.equal(row[column], to);
        const entry = await lastAudit();
        assert.equal(entry.action, `signature.${change}`);
        assert.equal(entry.actorId, callers[actor]!.id);
        assert.equal(entry.actorEmail, callers[actor]!.email);
        assert.deepEqual(entry.details, { signatureId: signer.id });
        assert.ok(
          !JSON.stringify(entry).includes(signer.email) && !JSON.stringify(entry).includes(row.fullName),
          "neither the signer's address nor name",
        );
      });
    }
  }

  test("a signature of another campaign, or a malformed id, is refused even for an admin", async () => {
    const { otherCampaign } = await setUpActors();
    const [stranger] = await addConfirmed(otherCampaign.id, 1);
    assert.deepEqual(await setSignatureVisibilityAs(callers.admin, { campaignSlug: campaign.slug, signatureId: stranger.id }, "hide-name"), {
      ok: false,
      error: "not-found",
    });
    const [row] = await getDb().select().from(schema.signatures).where(eq(schema.signatures.id, stranger.id));
    assert.equal(row.nameHidden, false);
    const malformed = await setSignatureVisibilityAs(callers.admin, { campaignSlug: campaign.slug, signatureId: "1 or 1=1" }, "hide-name");
    assert.ok(!malformed.ok && malformed.error === "invalid");
  });
});

describe("previewing, invalidating and undoing, for every kind of caller", () => {
  for (const actor of ACTORS) {
    const allowed = MODERATORS.includes(actor);
    test(`${actor}: ${allowed ? "previews, invalidates and undoes, each audited" : "is refused at every step and nothing changes"}`, async () => {
      const domain = `${actor}.perm.example`;
      await addConfirmed(campaign.id, 2, { domain });
      await addPending(campaign.id, 1, { domain });
      const input = { campaignSlug: campaign.slug, emailDomain: domain };
      const statuses = await statusesOf(campaign.id);
      const counters = await readCounters(campaign.id);
      const entriesBefore = await auditCount();

      const preview = await previewInvalidationAs(callers[actor], input);
      const invalidated = await invalidateSignaturesAs(callers[actor], { ...input, expectedCount: "3", reason: "test wave" });
      if (!allowed) {
        assert.deepEqual(preview, { ok: false, error: refusalOf(actor) });
        assert.deepEqual(invalidated, { ok: false, error: refusalOf(actor) });
        // An invalidation an admin made, which this caller then tries to undo.
        const made = await invalidateSignaturesAs(callers.admin, { ...input, expectedCount: "3", reason: "by the admin" });
        assert.ok(made.ok && made.value.kind === "invalidated");
        const afterAdmin = { statuses: await statusesOf(campaign.id), counters: await readCounters(campaign.id), entries: await auditCount() };
        assert.deepEqual(await undoInvalidationAs(callers[actor], { campaignSlug: campaign.slug, invalidationId: made.value.invalidationId }), {
          ok: false,
          error: refusalOf(actor),
        });
        assert.deepEqual(
          { statuses: await statusesOf(campaign.id), counters: await readCounters(campaign.id), entries: await auditCount() },
          afterAdmin,
          "the refused undo changed nothing",
        );
        const [invalidation] = await getDb()
          .select()
          .from(schema.signatureInvalidations)
          .where(eq(schema.signatureInvalidations.id, made.value.invalidationId));
        assert.equal(invalidation.undoneAt, null);
        assert.equal((await undoInvalidationAs(callers.admin, { campaignSlug: campaign.slug, invalidationId: made.value.invalidationId })).ok, true);
        assert.deepEqual(await statusesOf(campaign.id), statuses);
        assert.deepEqual(await readCounters(campaign.id), counters);
        assert.equal(await auditCount(), entriesBefore + 2, "only the admin's two actions are in the log");
        return;
      }
      assert.deepEqual(preview, { ok: true, value: { confirmed: 2, pending: 1, total: 3, filter: { emailDomain: domain } } });
      assert.ok(invalidated.ok && invalidated.value.kind === "invalidated");
      const invalidateEntry = await lastAudit();
      assert.equal(invalidateEntry.action, "signatures.invalidate");
      assert.equal(invalidateEntry.actorId, callers[actor]!.id);
      assert.equal(invalidateEntry.subject, `3 signatures on ${campaign.slug}`);
      assert.deepEqual(invalidateEntry.details, {
        invalidationId: invalidated.value.invalidationId,
        filter: `email domain ${domain}`,
        reason: "test wave",
        confirmed: 2,
        pending: 1,
      });
      const undone = await undoInvalidationAs(callers[actor], { campaignSlug: campaign.slug, invalidationId: invalidated.value.invalidationId });
      assert.deepEqual(undone, { ok: true, value: { campaignSlug: campaign.slug, confirmed: 2, pending: 1 } });
      assert.equal((await lastAudit()).action, "signatures.restore");
      assert.deepEqual(await statusesOf(campaign.id), statuses);
      assert.deepEqual(await readCounters(campaign.id), counters);
      assert.equal(await auditCount(), entriesBefore + 2);
    });
  }
});

describe("the audit log page, for every kind of caller", () => {
  for (const actor of ACTORS) {
    const expected = actor === "admin" ? "ok" : refusalOf(actor);
    test(`${actor}: /admin/audit answers ${expected}`, async () => {
      const result = await loadAuditLog(callers[actor], { campaign: campaign.slug });
      if (expected !== "ok") return assert.deepEqual(result, { ok: false, error: expected });
      assert.ok(result.ok);
      assert.ok(result.value.entries.length > 0);
      assert.ok(result.value.entries.every((entry) => entry.campaignSlug === campaign.slug));
    });
  }
});
