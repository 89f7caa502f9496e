import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { eq } from "drizzle-orm";

const { createTestCampaign, getDb, insertSignature, schema, useIntegrationLifecycle } = await import("./support");
const { setSignatoryVerifiedAs } = await import("@/lib/organizers/commands");
const { loadCampaignOverview } = await import("@/lib/organizers/page-data");
const { listPublicSignatories } = await import("@/lib/signatory-list/queries");

useIntegrationLifecycle();

const { ACTORS, newAddress, setUpActors } = await import("./organizer-actors");
type Actor = import("./organizer-actors").Actor;
type Caller = import("./organizer-actors").Caller;
const ALLOWED: Actor[] = ["editor", "owner", "admin"];

const { signatures } = schema;

/** A confirmed signer who chose to be listed, confirmed `minutesAgo` ago. */
async function addListedSignature(campaignId: string, fullName: string, minutesAgo: number, extra: Partial<typeof signatures.$inferInsert> = {}) {
  return insertSignature({
    campaignId,
    email: newAddress("signer"),
    fullName,
    country: "FR",
    city: "Lyon",
    showName: true,
    confirmedAt: new Date(Date.now() - minutesAgo * 60_000),
    ...extra,
  });
}

const verifiedAtOf = async (signatureId: string) =>
  (await getDb().select({ verifiedAt: signatures.verifiedAt }).from(signatures).where(eq(signatures.id, signatureId)))[0].verifiedAt;

let callers: Record<Actor, Caller>;
let campaign: Awaited<ReturnType<typeof createTestCampaign>>;
let otherCampaign: Awaited<ReturnType<typeof createTestCampaign>>;

before(async () => {
  ({ campaign, otherCampaign, callers } = await setUpActors());
  // A newer signatory, so that a verified one comes first on the public list only because of the mark.
  await addListedSignature(campaign.id, "Newest Signer", 0);
});

describe("marking a listed signatory as a verified official, for every kind of caller", () => {
  for (const actor of ACTORS) {
    const allowed = ALLOWED.includes(actor);
    test(`${actor}: ${allowed ? "marks the signatory verified, and the public list puts them first" : "is refused and nothing changes"}`, async () => {
      const mayor = await addListedSignature(campaign.id, `Mayor checked by ${actor}`, 60, { office: "mayor", municipality: "Villeurbanne" });
      const result = await setSignatoryVerifiedAs(callers[actor], { campaignSlug: campaign.slug, signatureId: mayor.id }, true);
      if (!allowed) {
        assert.deepEqual(result, { ok: false, error: actor === "anonymous" ? "unauthenticated" : "forbidden" });
        assert.equal(await verifiedAtOf(mayor.id), null, "verified_at stays empty");
        return;
      }
      assert.deepEqual(result, { ok: true, value: { campaignSlug: campaign.slug, signatureId: mayor.id, verified: true } });
      assert.ok((await verifiedAtOf(mayor.id)) instanceof Date);
      const { signatories } = await listPublicSignatories(campaign.id, { page: 1, search: "" });
      const verified = signatories.filter((s) => s.verified);
      assert.ok(signatories[0].verified, "a verified official comes before the newer, unverified signer");
      assert.ok(verified.some((s) => s.name === mayor.fullName && s.office === "Mayor" && s.place === "Villeurbanne"));
      assert.ok(signatories.findIndex((s) => s.name === mayor.fullName) < signatories.findIndex((s) => s.name === "Newest Signer"));
      // Unmark again, so each actor's check starts from one verified signatory at most.
      assert.equal((await setSignatoryVerifiedAs(callers[actor], { campaignSlug: campaign.slug, signatureId: mayor.id }, false)).ok, true);
    });
  }

  test("a signature of another campaign is refused even for an owner, and stays unverified", async () => {
    const stranger = await addListedSignature(otherCampaign.id, "Signer elsewhere", 5);
    assert.deepEqual(await setSignatoryVerifiedAs(callers.owner, { campaignSlug: campaign.slug, signatureId: stranger.id }, true), {
      ok: false,
      error: "not-found",
    });
    assert.equal(await verifiedAtOf(stranger.id), null);
  });

  test("a pending signature cannot be verified; a malformed id or unknown campaign is refused", async () => {
    const pending = await addListedSignature(campaign.id, "Not yet confirmed", 1, { status: "pending", confirmedAt: null });
    assert.deepEqual(await setSignatoryVerifiedAs(callers.admin, { campaignSlug: campaign.slug, signatureId: pending.id }, true), {
      ok: false,
      error: "not-found",
    });
    assert.equal(await verifiedAtOf(pending.id), null);
    const malformed = await setSignatoryVerifiedAs(callers.admin, { campaignSlug: campaign.slug, signatureId: "1 or 1=1" }, true);
    assert.ok(!malformed.ok && malformed.error === "invalid" && malformed.fieldErrors.signatureId);
    assert.deepEqual(await setSignatoryVerifiedAs(callers.admin, { campaignSlug: "no-such-campaign", signatureId: pending.id }, true), {
      ok: false,
      error: "not-found",
    });
  });

  test("removing the verification takes the mark off the public list; a viewer cannot remove it", async () => {
    const official = await addListedSignature(campaign.id, "Councillor To Unmark", 30, { office: "municipal-councillor" });
    const input = { campaignSlug: campaign.slug, signatureId: official.id };
    assert.equal((await setSignatoryVerifiedAs(callers.editor, input, true)).ok, true);
    assert.deepEqual(await setSignatoryVerifiedAs(callers.viewer, input, false), { ok: false, error: "forbidden" });
    assert.ok((await verifiedAtOf(official.id)) instanceof Date, "the viewer's attempt changed nothing");
    assert.equal((await setSignatoryVerifiedAs(callers.owner, input, false)).ok, true);
    assert.equal(await verifiedAtOf(official.id), null);
    const { signatories } = await listPublicSignatories(campaign.id, { page: 1, search: "Councillor To Unmark" });
    assert.deepEqual(
      signatories.map((s) => [s.name, s.verified]),
      [["Councillor To Unmark", false]],
    );
  });
});

describe("the organizer page's list of listed signatories", () => {
  test("team members and admins see listed, confirmed signers, newest first, with their verified state; never an email", async () => {
    const hidden = await addListedSignature(campaign.id, "Chose Not To Be Listed", 0, { showName: false });
    const official = await addListedSignature(campaign.id, "Searchable Official", 2, { office: "deputy-mayor", municipality: "Bron" });
    await setSignatoryVerifiedAs(callers.admin, { campaignSlug: campaign.slug, signatureId: official.id }, true);
    for (const actor of ["viewer", "editor", "owner", "admin"] as const) {
      const result = await loadCampaignOverview(callers[actor], campaign.slug);
      assert.ok(result.ok);
      const names = result.value.signatories.map((s) => s.name);
      assert.equal(names[0], "Newest Signer", "most recent first, whatever the verification");
      assert.ok(!names.includes(hidden.fullName), "signers who did not choose to be listed are not shown");
      assert.ok(result.value.signatories.length <= 50);
      assert.doesNotMatch(JSON.stringify(result.value.signatories), /@/);
    }
    const searched = await loadCampaignOverview(callers.viewer, campaign.slug, { search: "  searchable " });
    assert.ok(searched.ok);
    assert.deepEqual(searched.value.signatories, [
      { id: official.id, name: "Searchable Official", office: "Deputy mayor", place: "Bron", verified: true },
    ]);
    assert.deepEqual(await loadCampaignOverview(callers["other-organizer"], campaign.slug, { search: "x" }), { ok: false, error: "forbidden" });
  });
});
