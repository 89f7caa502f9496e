import assert from "node:assert/strict";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { createTestCampaign, getDb, insertSignature, schema, useIntegrationLifecycle } from "./support";

const { createApiKeyAs, revokeApiKeyAs } = await import("@/lib/organizers/commands");
const { loadOrganizerHome } = await import("@/lib/organizers/page-data");
const signaturesRoute = await import("@/app/api/osdi/v1/petitions/[id]/signatures/route");

useIntegrationLifecycle();

const OSDI = "http://petitions.test/api/osdi/v1";
type Caller = { id: string; email: string; role: "admin" | "organizer" };
// biome-ignore lint/suspicious/noExplicitAny: answers are read along deep paths (body._embedded[…][0].title); the assertions check the values
type Json = Record<string, any>;
const { apiKeys, campaignMembers, signatures, users } = schema;

async function createUser(role: "admin" | "organizer", label: string): Promise<Caller> {
  const [user] = await getDb()
    .insert(users)
    .values({ email: `${label}.${randomUUID().slice(0, 8)}@example.org`, role })
    .returning();
  return { id: user.id, email: user.email, role: user.role };
}

async function newKey(caller: Caller, label = "CRM sync"): Promise<string> {
  const result = await createApiKeyAs(caller, { label });
  assert.ok(result.ok, "the key is created");
  return result.value.key;
}

const sha256 = (key: string) => createHash("sha256").update(key).digest();
const keyRow = async (key: string) =>
  (
    await getDb()
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.keyHash, sha256(key)))
  )[0];

function getSignatures(petitionId: string, key?: string, query = "") {
  const headers: Record<string, string> = key === undefined ? {} : { "OSDI-API-Token": key };
  const request = new Request(`${OSDI}/petitions/${petitionId}/signatures${query}`, { headers });
  return signaturesRoute.GET(request, { params: Promise.resolve({ id: petitionId }) });
}

const bodyOf = async (response: Response): Promise<Json> => JSON.parse(await response.text());

type SignatureOptions = { status?: "pending" | "confirmed"; optInUpdates?: boolean } & Partial<typeof signatures.$inferInsert>;

async function addSignature(campaignId: string, { status = "confirmed", optInUpdates = false, ...rest }: SignatureOptions = {}) {
  return insertSignature({ campaignId, status, optInUpdates, fullName: "Ada King Lovelace", country: "GB", city: "London", postcode: "W1", ...rest });
}

const callers = {} as Record<"other" | "viewer" | "editor" | "owner" | "admin", Caller>;
let campaign: Awaited<ReturnType<typeof createTestCampaign>>;

before(async () => {
  campaign = await createTestCampaign();
  const otherCampaign = await createTestCampaign();
  callers.admin = await createUser("admin", "admin");
  for (const actor of ["other", "viewer", "editor", "owner"] as const) callers[actor] = await createUser("organizer", actor);
  await getDb()
    .insert(campaignMembers)
    .values([
      { campaignId: otherCampaign.id, userId: callers.other.id, role: "owner" },
      { campaignId: campaign.id, userId: callers.viewer.id, role: "viewer" },
      { campaignId: campaign.id, userId: callers.editor.id, role: "editor" },
      { campaignId: campaign.id, userId: callers.owner.id, role: "owner" },
    ]);
});

describe("organizer API keys", () => {
  test("a new key is returned once, in the pk_ format, and only its SHA-256 is stored", async () => {
    const key = await newKey(callers.owner, "  Action Network  ");
    assert.match(key, /^pk_[A-Za-z0-9_-]{43}$/);
    const row = await keyRow(key);
    assert.ok(row, "the row is found by the key's hash");
    assert.equal(row.userId, callers.owner.id);
    assert.equal(row.label, "Action Network");
    assert.equal(row.revokedAt, null);
    assert.ok(!JSON.stringify(row).includes(key.slice(3)), "the key itself is nowhere in the row");

    const dashboard = await loadOrganizerHome(callers.owner);
    assert.ok(dashboard.ok);
    const listed = dashboard.value.apiKeys.find((apiKey) => apiKey.id === row.id);
    assert.deepEqual(
      listed && Object.keys(listed).sort(),
      ["createdAt", "id", "label", "lastUsedAt", "revokedAt"],
      "the list never carries the hash",
    );
    assert.ok(!JSON.stringify(dashboard.value.apiKeys).includes(key), "nor the key");
  });

  test("a key needs a session and a label", async () => {
    assert.deepEqual(await createApiKeyAs(null, { label: "x" }), { ok: false, error: "unauthenticated" });
    const blank = await createApiKeyAs(callers.owner, { label: "   " });
    assert.equal(blank.ok, false);
    assert.ok(!blank.ok && blank.error === "invalid" && blank.fieldErrors.label);
  });

  test("its owner revokes a key, which then opens nothing", async () => {
    const key = await newKey(callers.owner);
    const { id } = await keyRow(key);
    assert.equal((await getSignatures(campaign.id, key)).status, 200);
    assert.deepEqual(await revokeApiKeyAs(callers.owner, { keyId: id }), { ok: true, value: { keyId: id } });
    assert.ok((await keyRow(key)).revokedAt instanceof Date);
    assert.equal((await getSignatures(campaign.id, key)).status, 401);
  });

  test("nobody can revoke another person's key, not even an admin", async () => {
    const key = await newKey(callers.editor);
    const { id } = await keyRow(key);
    assert.deepEqual(await revokeApiKeyAs(callers.owner, { keyId: id }), { ok: false, error: "not-found" });
    assert.deepEqual(await revokeApiKeyAs(callers.admin, { keyId: id }), { ok: false, error: "not-found" });
    assert.deepEqual(await revokeApiKeyAs(null, { keyId: id }), { ok: false, error: "unauthenticated" });
    assert.equal((await keyRow(key)).revokedAt, null, "the key still works");
    assert.equal((await getSignatures(campaign.id, key)).status, 200);
  });
});

describe("OSDI signatures of a petition, with an API key", () => {
  test("no header, a malformed, unknown or revoked key: 401 with an OSDI error", async () => {
    const revoked = await newKey(callers.owner);
    await revokeApiKeyAs(callers.owner, { keyId: (await keyRow(revoked)).id });
    const unknown = `pk_${randomBytes(32).toString("base64url")}`;
    for (const [name, key] of [
      ["no header", undefined],
      ["malformed", "not-a-key"],
      ["unknown", unknown],
      ["revoked", revoked],
    ] as const) {
      const response = await getSignatures(campaign.id, key);
      assert.equal(response.status, 401, name);
      assert.equal(response.headers.get("content-type"), "application/hal+json", name);
      assert.equal((await bodyOf(response))["osdi:error"].response_code, 401, name);
    }
  });

  test("an organizer of another campaign gets the 404 of a petition that does not exist", async () => {
    const key = await newKey(callers.other);
    const denied = await getSignatures(campaign.id, key);
    const missing = await getSignatures(randomUUID(), key);
    assert.equal(denied.status, 404);
    assert.equal(missing.status, 404);
    assert.deepEqual(await bodyOf(denied), await bodyOf(missing));
  });

  test("editors, owners and admins read the confirmed signatures; a viewer's key is refused their personal data, as in the CSV export", async () => {
    const signed = await createTestCampaign();
    await getDb()
      .insert(campaignMembers)
      .values((["viewer", "editor", "owner"] as const).map((role) => ({ campaignId: signed.id, userId: callers[role].id, role })));
    const confirmed = await addSignature(signed.id);
    await addSignature(signed.id, { status: "pending", fullName: "Pending Person" });
    const viewer = await getSignatures(signed.id, await newKey(callers.viewer));
    assert.equal(viewer.status, 403);
    const refusal = JSON.stringify(await bodyOf(viewer));
    assert.match(refusal, /FORBIDDEN/);
    assert.doesNotMatch(refusal, new RegExp(confirmed.email));
    for (const actor of ["editor", "owner", "admin"] as const) {
      const response = await getSignatures(signed.id, await newKey(callers[actor]));
      assert.equal(response.status, 200, actor);
      assert.equal(response.headers.get("content-type"), "application/hal+json");
      assert.equal(response.headers.get("access-control-allow-origin"), null, "no other site reads it");
      const body = await bodyOf(response);
      assert.deepEqual(
        body._embedded["osdi:signatures"].map((signature: Json) => signature.identifiers),
        [[`petitions_app:${confirmed.id}`]],
        `${actor}: the pending signature is absent`,
      );
    }
  });

  test("each signature maps to OSDI, with an email only for signers who opted in to updates", async () => {
    const signed = await createTestCampaign();
    const key = await newKey(callers.admin);
    const optedIn = await addSignature(signed.id, { optInUpdates: true, comment: "For my children." });
    const optedOut = await addSignature(signed.id, { fullName: "Cher", city: null, municipality: "Paris 5e", office: "mayor", postcode: null });
    const body = await bodyOf(await getSignatures(signed.id, key));
    const [first, second] = body._embedded["osdi:signatures"];
    assert.deepEqual(first, {
      identifiers: [`petitions_app:${optedIn.id}`],
      origin_system: "Petitions",
      created_date: optedIn.confirmedAt!.toISOString(),
      modified_date: optedIn.confirmedAt!.toISOString(),
      comments: "For my children.",
      _embedded: {
        "osdi:person": {
          given_name: "Ada King",
          family_name: "Lovelace",
          email_addresses: [{ address: optedIn.email, primary: true }],
          postal_addresses: [{ primary: true, locality: "London", postal_code: "W1", country: "GB" }],
        },
      },
      _links: { "osdi:petition": { href: `${OSDI}/petitions/${signed.id}` } },
    });
    assert.deepEqual(second._embedded["osdi:person"], {
      given_name: "Cher",
      postal_addresses: [{ primary: true, locality: "Paris 5e", country: "GB" }],
      custom_fields: { office: "mayor", municipality: "Paris 5e" },
    });
    const text = JSON.stringify(body);
    assert.ok(!text.includes(optedOut.email), "a signer who did not opt in is exported without an email");
  });

  test("pages carry page, per_page, total_pages, total_records and next/prev links", async () => {
    const signed = await createTestCampaign();
    const key = await newKey(callers.admin);
    for (let i = 0; i < 3; i++) await addSignature(signed.id);
    await addSignature(signed.id, { status: "pending" });
    const first = await bodyOf(await getSignatures(signed.id, key, "?per_page=2"));
    assert.deepEqual([first.page, first.per_page, first.total_pages, first.total_records], [1, 2, 2, 3]);
    assert.equal(first._embedded["osdi:signatures"].length, 2);
    assert.equal(first._links.next.href, `${OSDI}/petitions/${signed.id}/signatures?page=2&per_page=2`);
    assert.equal(first._links.prev, undefined);
    const second = await bodyOf(await getSignatures(signed.id, key, "?page=2&per_page=2"));
    assert.equal(second._embedded["osdi:signatures"].length, 1);
    assert.equal(second._links.next, undefined);
    assert.equal(second._links.prev.href, `${OSDI}/petitions/${signed.id}/signatures?page=1&per_page=2`);
    const ids = [...first._embedded["osdi:signatures"], ...second._embedded["osdi:signatures"]].map((s: Json) => s.identifiers[0]);
    assert.equal(new Set(ids).size, 3, "pages do not overlap");
    assert.equal((await getSignatures(signed.id, key, "?per_page=0")).status, 400);
  });

  test("a used key records when it was last used, at most once a minute", async () => {
    const key = await newKey(callers.owner);
    assert.equal((await keyRow(key)).lastUsedAt, null);
    await getSignatures(campaign.id, key);
    const firstUse = (await keyRow(key)).lastUsedAt;
    assert.ok(firstUse instanceof Date);
    await getSignatures(campaign.id, key);
    assert.deepEqual((await keyRow(key)).lastUsedAt, firstUse, "a second use within the minute writes nothing");
  });
});
