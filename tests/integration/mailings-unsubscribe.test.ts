import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";
import { eq } from "drizzle-orm";

process.env.EMAIL_WORKER = "false";

const { createTestCampaign, fake, getDb, insertSignature, schema, settleOutbox, useIntegrationLifecycle } = await import("./support");
const { createUser } = await import("./organizer-actors");
const { createMailingAs, sendMailingAs } = await import("@/lib/mailings/commands");
const { unsubscribeToken } = await import("@/lib/mailings/unsubscribe-token");
const { unsubscribeAction } = await import("@/lib/mailings/unsubscribe-actions");
const unsubscribeRoute = await import("@/app/api/unsubscribe/[token]/route");
const { findUnsubscribeTarget } = await import("@/lib/mailings/unsubscribe");

useIntegrationLifecycle();

const { signatures, auditLog } = schema;
type Caller = import("./organizer-actors").Caller;

let owner: Caller;
let campaign: Awaited<ReturnType<typeof createTestCampaign>>;
const signer = { id: "", email: `reader.${randomUUID().slice(0, 8)}@signers.example` };
const other = { id: "", email: `stays.${randomUUID().slice(0, 8)}@signers.example` };

before(async () => {
  owner = await createUser("organizer", "unsubscribe-owner");
  campaign = await createTestCampaign({ title: "Rivers <clean>" });
  await getDb().insert(schema.campaignMembers).values({ campaignId: campaign.id, userId: owner!.id, role: "owner" });
  for (const person of [signer, other]) {
    person.id = (await insertSignature({ campaignId: campaign.id, email: person.email, fullName: "Grace Hopper", optInUpdates: true })).id;
  }
});

async function sendUpdate(subject: string) {
  const draft = await createMailingAs(owner, { campaignSlug: campaign.slug, subject, body: "News from the river." });
  assert.ok(draft.ok);
  const sent = await sendMailingAs(owner, { campaignSlug: campaign.slug, mailingId: draft.value.mailingId, previewChecked: true });
  await settleOutbox();
  return sent;
}

const optedIn = async (id: string) => (await getDb().select({ v: signatures.optInUpdates }).from(signatures).where(eq(signatures.id, id)))[0]?.v;
const post = (token: string, body: BodyInit | null = "List-Unsubscribe=One-Click") =>
  unsubscribeRoute.POST(
    new Request(`http://petitions.test/api/unsubscribe/${token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    }),
    { params: Promise.resolve({ token }) },
  );
const forgedToken = (id: string) => `${id}.${randomBytes(32).toString("base64url").slice(0, 43)}`;

describe("unsubscribing from a campaign's updates", () => {
  test("each update carries one-click List-Unsubscribe headers and a visible link, both for this signer", async () => {
    await sendUpdate("First update");
    const [email] = fake.emails.filter((e) => e.to.includes(signer.email) && e.subject === "First update");
    assert.ok(email, "the update reached the fake Resend");
    const token = unsubscribeToken(signer.id);
    assert.deepEqual(email.headers, {
      "List-Unsubscribe": `<http://petitions.test/api/unsubscribe/${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    assert.ok(email.text.includes(`http://petitions.test/unsubscribe/${token}`));
    assert.ok(email.html.includes(`href="http://petitions.test/unsubscribe/${token}"`));
    assert.ok(email.html.includes("Rivers &lt;clean&gt;"));
    const [forOther] = fake.emails.filter((e) => e.to.includes(other.email) && e.subject === "First update");
    assert.ok(forOther.headers["List-Unsubscribe"].includes(unsubscribeToken(other.id)), "each signer has their own link");
  });

  test("opening the page, or GETting the one-click address, changes nothing", async () => {
    const token = unsubscribeToken(signer.id);
    // What the page at /unsubscribe/{token} shows: the campaign and a button, never the address.
    const target = await findUnsubscribeTarget(token);
    assert.deepEqual(target, { kind: "found", campaignTitle: "Rivers <clean>", campaignSlug: campaign.slug, subscribed: true });
    assert.deepEqual(await findUnsubscribeTarget(forgedToken(signer.id)), { kind: "invalid" });
    assert.deepEqual(await findUnsubscribeTarget("sample"), { kind: "sample" });
    const response = await unsubscribeRoute.GET(new Request(`http://petitions.test/api/unsubscribe/${token}`), {
      params: Promise.resolve({ token }),
    });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get("location"), `/unsubscribe/${encodeURIComponent(token)}`);
    assert.equal(await optedIn(signer.id), true);
  });

  test("forged and malformed links are refused and change nothing", async () => {
    for (const [token, status] of [
      [forgedToken(signer.id), 404],
      [`${randomUUID()}.${unsubscribeToken(signer.id).split(".")[1]}`, 404],
      ["not-a-token", 400],
      [`${signer.id}.short`, 400],
    ] as const) {
      const response = await post(token);
      assert.equal(response.status, status, token);
      assert.equal(JSON.stringify(await response.json()).includes(signer.email), false);
    }
    const state = await unsubscribeAction({ status: "idle" }, formWith(forgedToken(signer.id)));
    assert.equal(state.status, "error");
    assert.equal(await optedIn(signer.id), true);
  });

  test("the one-click POST unsubscribes, answers 200 every time, and stops later updates", async () => {
    const token = unsubscribeToken(signer.id);
    const auditBefore = (await getDb().select().from(auditLog).where(eq(auditLog.campaignId, campaign.id))).length;
    const first = await post(token);
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), { status: "unsubscribed" });
    assert.equal(await optedIn(signer.id), false);
    assert.equal((await post(token, null)).status, 200, "again, and with no body: still 200");
    assert.equal((await getDb().select().from(auditLog).where(eq(auditLog.campaignId, campaign.id))).length, auditBefore, "no audit entry");

    const later = await sendUpdate("Second update");
    assert.ok(later.ok && later.value.recipients === 1, "only the other signer is queued");
    assert.equal(fake.emails.filter((e) => e.to.includes(signer.email) && e.subject === "Second update").length, 0);
    assert.equal(fake.emails.filter((e) => e.to.includes(other.email) && e.subject === "Second update").length, 1);
  });

  test("the page's button unsubscribes too (a POST to the server action), and the page then says so", async () => {
    const token = unsubscribeToken(other.id);
    assert.deepEqual(await unsubscribeAction({ status: "idle" }, formWith(token)), { status: "done" });
    assert.equal(await optedIn(other.id), false);
    const target = await findUnsubscribeTarget(token);
    assert.ok(target.kind === "found" && !target.subscribed, "the page now says updates are off");
  });

  test("a genuine link whose signature was withdrawn still answers 200", async () => {
    const token = unsubscribeToken(randomUUID());
    assert.equal((await post(token)).status, 200);
    assert.deepEqual(await findUnsubscribeTarget(token), { kind: "gone" });
  });
});

function formWith(token: string): FormData {
  const data = new FormData();
  data.set("token", token);
  return data;
}
