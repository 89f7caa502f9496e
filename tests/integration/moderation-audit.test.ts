import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { getDb, rows, schema, settleOutbox, useIntegrationLifecycle } from "./support";
import { addConfirmed } from "./moderation-fixtures";

const { addCampaignMemberAs, createApiKeyAs, inviteOrganizerAs, revokeApiKeyAs, setSignatoryVerifiedAs } = await import("@/lib/organizers/commands");
const { invalidateSignaturesAs, undoInvalidationAs } = await import("@/lib/moderation/commands");
const { listAuditEntries, AUDIT_PAGE_SIZE } = await import("@/lib/audit/log");
const { loadAuditLog } = await import("@/lib/audit/page-data");
const { createUser, newAddress, setUpActors } = await import("./organizer-actors");
type Actor = import("./organizer-actors").Actor;
type Caller = import("./organizer-actors").Caller;

useIntegrationLifecycle();

// Every organizer action that changes something leaves one audit entry, written in the same
// transaction; a refused one leaves none. Admins alone read the log.

let callers: Record<Actor, Caller>;
let campaign: Awaited<ReturnType<typeof setUpActors>>["campaign"];

before(async () => {
  ({ campaign, callers } = await setUpActors());
});

async function newestEntry() {
  const [entry] = await listAuditEntries({ limit: 1 });
  return entry;
}

const entryCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0].n;

describe("organizer actions write audit entries", () => {
  test("inviting an organizer (not when the address can already sign in)", async () => {
    const email = newAddress("audited-invitee");
    assert.equal((await inviteOrganizerAs(callers.admin, { email })).ok, true);
    const entry = await newestEntry();
    assert.deepEqual(
      [entry.action, entry.actorId, entry.actorEmail, entry.subject],
      ["organizer.invite", callers.admin!.id, callers.admin!.email, email],
    );
    const count = await entryCount();
    assert.equal((await inviteOrganizerAs(callers.admin, { email })).ok, true);
    assert.equal(await entryCount(), count, "nothing changed, nothing logged");
    await settleOutbox();
  });

  test("adding someone to a campaign team", async () => {
    const member = await createUser("organizer", "audited-member");
    assert.equal((await addCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, email: member.email, role: "viewer" })).ok, true);
    const entry = await newestEntry();
    assert.equal(entry.action, "campaign.set-member");
    assert.equal(entry.campaignId, campaign.id);
    assert.equal(entry.actorId, callers.owner!.id);
    assert.equal(entry.subject, `${member.email} as viewer of ${campaign.slug}`);
  });

  test("creating and revoking an API key, never the key itself", async () => {
    const created = await createApiKeyAs(callers.editor, { label: "Audited tool" });
    assert.ok(created.ok);
    const createdEntry = await newestEntry();
    assert.deepEqual([createdEntry.action, createdEntry.subject, createdEntry.actorId], ["api-key.create", "Audited tool", callers.editor!.id]);
    assert.ok(!JSON.stringify(createdEntry).includes(created.value.key), "the key is not in the log");
    const keyId = createdEntry.details.keyId as string;
    assert.equal((await revokeApiKeyAs(callers.editor, { keyId })).ok, true);
    const revokedEntry = await newestEntry();
    assert.deepEqual([revokedEntry.action, revokedEntry.subject, revokedEntry.details], ["api-key.revoke", "Audited tool", { keyId }]);
    const count = await entryCount();
    assert.equal((await revokeApiKeyAs(callers.editor, { keyId })).ok, false);
    assert.equal(await entryCount(), count, "a refused revocation is not logged");
  });

  test("verifying and unverifying a signatory, by signature id only", async () => {
    const [signer] = await addConfirmed(campaign.id, 1, { fullName: "Audited Official" });
    const input = { campaignSlug: campaign.slug, signatureId: signer.id };
    assert.equal((await setSignatoryVerifiedAs(callers.editor, input, true)).ok, true);
    assert.deepEqual([(await newestEntry()).action, (await newestEntry()).details], ["signature.verify", { signatureId: signer.id }]);
    assert.equal((await setSignatoryVerifiedAs(callers.editor, input, false)).ok, true);
    assert.equal((await newestEntry()).action, "signature.unverify");
    const count = await entryCount();
    assert.deepEqual(await setSignatoryVerifiedAs(callers.viewer, input, true), { ok: false, error: "forbidden" });
    assert.equal(await entryCount(), count, "a refused verification is not logged");
  });

  test("no entry ever holds a signer's email address, name or client address", async () => {
    await addConfirmed(campaign.id, 2, { domain: "audit-spam.example", address: "203.0.113.50", fullName: "Audit Spammer" });
    const made = await invalidateSignaturesAs(callers.owner, {
      campaignSlug: campaign.slug,
      emailDomain: "audit-spam.example",
      expectedCount: "2",
      reason: "spam",
    });
    assert.ok(made.ok && made.value.kind === "invalidated");
    assert.equal((await undoInvalidationAs(callers.owner, { campaignSlug: campaign.slug, invalidationId: made.value.invalidationId })).ok, true);
    const signers = await getDb().select({ email: schema.signatures.email, name: schema.signatures.fullName }).from(schema.signatures);
    const log = JSON.stringify(await getDb().select().from(schema.auditLog));
    for (const { email, name } of signers) {
      assert.ok(!log.includes(email), `a signer's address is in the log: ${email}`);
      assert.ok(!log.includes(name), `a signer's name is in the log: ${name}`);
    }
    assert.ok(!log.includes("203.0.113.50"));
  });
});

describe("reading the audit log", () => {
  test("newest first, filtered by campaign slug, paged by id with “Older entries”", async () => {
    const { campaign: busy, callers: team } = await setUpActors();
    // More than a page of entries for one campaign.
    const [signer] = await addConfirmed(busy.id, 1);
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
      assert.equal((await setSignatoryVerifiedAs(team.editor, { campaignSlug: busy.slug, signatureId: signer.id }, i % 2 === 0)).ok, true);
    }
    const first = await loadAuditLog(callers.admin, { campaign: busy.slug });
    assert.ok(first.ok);
    assert.equal(first.value.entries.length, AUDIT_PAGE_SIZE);
    assert.ok(first.value.entries.every((entry) => entry.campaignSlug === busy.slug && entry.actorEmail === team.editor!.email));
    const ids = first.value.entries.map((entry) => entry.id);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
      "newest first",
    );
    assert.equal(first.value.olderBefore, ids.at(-1));

    const older = await loadAuditLog(callers.admin, { campaign: busy.slug, before: String(first.value.olderBefore) });
    assert.ok(older.ok);
    assert.equal(older.value.entries.length, 5);
    assert.ok(older.value.entries.every((entry) => entry.id < first.value.olderBefore!));
    assert.equal(older.value.olderBefore, null, "the last page has no older link");

    const everyCampaign = await loadAuditLog(callers.admin, { before: "not-a-number" });
    assert.ok(everyCampaign.ok && everyCampaign.value.entries[0].id >= ids[0], "a bad cursor starts from the newest");
    const unknown = await loadAuditLog(callers.admin, { campaign: "no-such-campaign" });
    assert.deepEqual(unknown, { ok: true, value: { entries: [], campaignSlug: "no-such-campaign", unknownCampaign: true, olderBefore: null } });
  });

  test("only admins may read it", async () => {
    for (const actor of ["anonymous", "other-organizer", "viewer", "editor", "owner"] as const) {
      assert.deepEqual(await loadAuditLog(callers[actor]), { ok: false, error: actor === "anonymous" ? "unauthenticated" : "forbidden" });
    }
    assert.equal((await loadAuditLog(callers.admin)).ok, true);
  });
});
