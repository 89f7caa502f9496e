import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { solvedPayload } from "../fixtures/proof-of-work";

// The proof of work (issue #13): a campaign may ask each signer's browser for one, always or during a
// surge. A signature without a valid answer is answered like any other but held, uncounted, for the
// organizers to check; an answer counts once. Small challenges and a low surge threshold here.
process.env.POW_COST = "5";
process.env.POW_COUNTER_MAX = "40";
process.env.POW_AUTO_SIGNATURES_PER_MINUTE = "4";
process.env.POW_AUTO_HELD_PER_MINUTE = "2";
process.env.POW_AUTO_CALM_MINUTES = "30";
process.env.POW_AUTO_CHECK_SECONDS = "1";

const { createTestCampaign, getDb, insertSignature, linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } = await import(
  "./support"
);
const { confirmSignature, signCampaign } = await import("@/lib/signing/mutations");
const { signEndpoint } = await import("@/lib/signing/api-endpoints");
const helperRoute = await import("@/app/api/osdi/v1/petitions/[id]/signatures/helper/route");
const { issueChallenge } = await import("@/lib/proof-of-work/challenge");
const { forgetExpiredSpentChallenges } = await import("@/lib/proof-of-work/mutations");
const { getTally } = await import("@/lib/tallies/queries");
const { updateCampaignAs } = await import("@/lib/campaigns/commands");
const { campaignForm, campaignWithTeam } = await import("./campaigns-support");
const { useCallers } = await import("./organizer-actors");

useIntegrationLifecycle();
const callers = useCallers();

const uniqueEmail = () => `s.${randomUUID().slice(0, 8)}@d${randomUUID().slice(0, 8)}.example`;
const solved = async () => solvedPayload(await issueChallenge());

async function sign(slug: string, email: string, proofOfWork?: unknown) {
  const outcome = await signCampaign(slug, validSignature({ email }), { address: null, proofOfWork });
  assert.deepEqual(outcome, { kind: "accepted" }, "held or not, the signer is answered the same");
}

async function stored(email: string) {
  const [row] = await rows<{ status: string; held_reason: string | null }>(sql`select status, held_reason from signatures where email = ${email}`);
  return row;
}

const spentCount = async () => Number((await rows<{ n: string }>(sql`select count(*)::text as n from proof_of_work_spent`))[0].n);
const waitForRecheck = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe("a campaign that always asks for a proof of work", () => {
  test("without an answer (no JavaScript) the signature is held, its signer still emailed a confirmation link", async () => {
    const campaign = await createTestCampaign({ proofOfWork: "on" });
    const email = uniqueEmail();
    await sign(campaign.slug, email);
    await settleOutbox(campaign.id);
    assert.deepEqual(await stored(email), { status: "held", held_reason: "proof_of_work_missing" });
    const token = linksFor(email).confirm;
    assert.ok(token, "the confirmation email went out");
    await confirmSignature(token);
    assert.equal((await getTally(campaign.id)).online, 0, "confirmed, but held: not counted until released");
  });

  test("with a solved challenge the signature is pending as usual and counts once confirmed", async () => {
    const campaign = await createTestCampaign({ proofOfWork: "on" });
    const email = uniqueEmail();
    await sign(campaign.slug, email, await solved());
    await settleOutbox(campaign.id);
    assert.deepEqual(await stored(email), { status: "pending", held_reason: null });
    const confirmed = await confirmSignature(linksFor(email).confirm ?? "");
    assert.equal(confirmed.kind, "confirmed");
    assert.equal((await getTally(campaign.id)).online, 1);
  });

  test("an answer is accepted once: sent again, for another address, the signature is held as replayed", async () => {
    const campaign = await createTestCampaign({ proofOfWork: "on" });
    const payload = await solved();
    const [first, second] = [uniqueEmail(), uniqueEmail()];
    await sign(campaign.slug, first, payload);
    await sign(campaign.slug, second, payload);
    assert.deepEqual(await stored(first), { status: "pending", held_reason: null });
    assert.deepEqual(await stored(second), { status: "held", held_reason: "proof_of_work_replayed" });
    const elsewhere = await createTestCampaign({ proofOfWork: "on" });
    const third = uniqueEmail();
    await sign(elsewhere.slug, third, payload);
    assert.deepEqual(await stored(third), { status: "held", held_reason: "proof_of_work_replayed" }, "nor on another campaign");
  });

  test("an invalid answer (forged, tampered or expired) is held as invalid", async () => {
    const campaign = await createTestCampaign({ proofOfWork: "on" });
    const forged = Buffer.from(JSON.stringify({ challenge: { parameters: {}, signature: "00" }, solution: { counter: 1 } })).toString("base64");
    const expired = await solvedPayload(await issueChallenge(Date.now() - 31 * 60_000));
    for (const payload of [forged, expired, "garbage", 12]) {
      const email = uniqueEmail();
      await sign(campaign.slug, email, payload);
      assert.deepEqual(await stored(email), { status: "held", held_reason: "proof_of_work_invalid" }, String(payload).slice(0, 30));
    }
  });

  test("through the JSON API: the answer travels as `altcha`; without it, 202 all the same and held", async () => {
    const campaign = await createTestCampaign({ proofOfWork: "on" });
    // Each from its own client, or the velocity rules would hold the second.
    const post = (body: Record<string, unknown>, client: string) =>
      signEndpoint(
        new Request(`http://petitions.test/api/v1/campaigns/${campaign.slug}/signatures`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Forwarded-For": client },
          body: JSON.stringify(body),
        }),
        campaign.slug,
      );
    const [withProof, without] = [uniqueEmail(), uniqueEmail()];
    assert.equal((await post(validSignature({ email: withProof, altcha: await solved() }), "203.0.113.1")).status, 202);
    assert.equal((await post(validSignature({ email: without }), "203.0.113.2")).status, 202);
    assert.deepEqual(await stored(withProof), { status: "pending", held_reason: null });
    assert.deepEqual(await stored(without), { status: "held", held_reason: "proof_of_work_missing" });
  });

  test("through OSDI's Record Signature Helper: the answer travels as petitions_app:proof_of_work", async () => {
    const campaign = await createTestCampaign({ proofOfWork: "on" });
    const helper = async (email: string, client: string, extra: Record<string, unknown> = {}) => {
      const body = {
        person: { given_name: "Ada", family_name: "Lovelace", email_addresses: [{ address: email }], postal_addresses: [{ country: "GB" }] },
        ...extra,
      };
      const request = new Request(`http://petitions.test/api/osdi/v1/petitions/${campaign.id}/signatures/helper`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Forwarded-For": client },
        body: JSON.stringify(body),
      });
      return (await helperRoute.POST(request, { params: Promise.resolve({ id: campaign.id }) })).status;
    };
    const [withProof, without] = [uniqueEmail(), uniqueEmail()];
    assert.equal(await helper(withProof, "203.0.113.3", { "petitions_app:proof_of_work": await solved() }), 202);
    assert.equal(await helper(without, "203.0.113.4"), 202);
    assert.deepEqual(await stored(withProof), { status: "pending", held_reason: null });
    assert.deepEqual(await stored(without), { status: "held", held_reason: "proof_of_work_missing" });
  });
});

describe("a campaign with the proof of work off (the default)", () => {
  test("nothing is asked, held or spent, whatever the signer sends", async () => {
    const campaign = await createTestCampaign();
    assert.equal(campaign.proofOfWork, "off");
    const before = await spentCount();
    const [plain, withProof] = [uniqueEmail(), uniqueEmail()];
    await sign(campaign.slug, plain);
    await sign(campaign.slug, withProof, await solved());
    assert.deepEqual(await stored(plain), { status: "pending", held_reason: null });
    assert.deepEqual(await stored(withProof), { status: "pending", held_reason: null });
    assert.equal(await spentCount(), before, "no challenge recorded");
  });
});

describe("a campaign in automatic mode", () => {
  test("asks nothing while calm, switches on at a surge of signatures, and off again once the calm period has passed", async () => {
    const campaign = await createTestCampaign({ proofOfWork: "automatic" });
    const calm = uniqueEmail();
    await sign(campaign.slug, calm);
    assert.deepEqual(await stored(calm), { status: "pending", held_reason: null });

    // A surge: POW_AUTO_SIGNATURES_PER_MINUTE signatures in the last minute.
    for (let i = 0; i < 3; i++) await insertSignature({ campaignId: campaign.id, status: "pending" });
    await waitForRecheck();
    const inSurge = uniqueEmail();
    await sign(campaign.slug, inSurge);
    assert.deepEqual(await stored(inSurge), { status: "held", held_reason: "proof_of_work_missing" });
    const [row] = await rows<{ minutes: number }>(
      sql`select extract(epoch from proof_of_work_until - now()) / 60 as minutes from campaigns where id = ${campaign.id}`,
    );
    assert.ok(row.minutes > 29 && row.minutes <= 30, `on for POW_AUTO_CALM_MINUTES, stored for every instance (${row.minutes})`);
    const solvedInSurge = uniqueEmail();
    await sign(campaign.slug, solvedInSurge, await solved());
    assert.deepEqual(await stored(solvedInSurge), { status: "pending", held_reason: null });

    // The surge is over (its signatures are old) and the calm period has passed.
    await getDb().execute(sql`update signatures set created_at = now() - interval '2 hours' where campaign_id = ${campaign.id}`);
    await getDb().execute(sql`update campaigns set proof_of_work_until = now() - interval '1 second' where id = ${campaign.id}`);
    await waitForRecheck();
    const after = uniqueEmail();
    await sign(campaign.slug, after);
    assert.deepEqual(await stored(after), { status: "pending", held_reason: null });
  });

  test("signatures held by a velocity rule start a surge; those held for want of a proof of work do not", async () => {
    const campaign = await createTestCampaign({ proofOfWork: "automatic" });
    const now = new Date();
    for (let i = 0; i < 2; i++) await insertSignature({ campaignId: campaign.id, status: "held", heldReason: "proof_of_work_missing", heldAt: now });
    await waitForRecheck();
    const notYet = uniqueEmail();
    await sign(campaign.slug, notYet);
    assert.deepEqual(await stored(notYet), { status: "pending", held_reason: null }, "a proof of work does not keep itself on");

    // Two held by velocity in the last minute (POW_AUTO_HELD_PER_MINUTE): on. Old ones moved out of the per-minute count.
    await getDb().execute(sql`update signatures set created_at = now() - interval '2 hours' where campaign_id = ${campaign.id}`);
    for (let i = 0; i < 2; i++)
      await insertSignature({ campaignId: campaign.id, status: "held", heldReason: "velocity_client_burst", heldAt: new Date() });
    await getDb().execute(sql`update signatures set created_at = now() - interval '2 hours' where campaign_id = ${campaign.id}`);
    await waitForRecheck();
    const now2 = uniqueEmail();
    await sign(campaign.slug, now2);
    assert.deepEqual(await stored(now2), { status: "held", held_reason: "proof_of_work_missing" });
  });
});

describe("the setting", () => {
  const formFor = (campaign: { slug: string }, overrides: Record<string, string | undefined>) =>
    campaignForm({ campaignSlug: campaign.slug, slug: campaign.slug, ...overrides });

  test("owners switch it, audited; editors may not; an unknown mode is refused", async () => {
    const campaign = await campaignWithTeam(callers, { status: "draft" });
    const byEditor = await updateCampaignAs(callers.editor, formFor(campaign, { proofOfWork: "on" }));
    assert.deepEqual(byEditor, { ok: false, error: "invalid", fieldErrors: { proofOfWork: "editor.errors.proofOfWorkOwnersOnly" } });
    const editorOther = await updateCampaignAs(callers.editor, formFor(campaign, { title: "Edited by the editor" }));
    assert.ok(editorOther.ok, "an editor's form without it (disabled inputs are not sent) leaves it as it is");
    const bad = await updateCampaignAs(callers.owner, formFor(campaign, { proofOfWork: "sometimes" }));
    assert.deepEqual(bad, { ok: false, error: "invalid", fieldErrors: { proofOfWork: "editor.errors.proofOfWork" } });

    const saved = await updateCampaignAs(callers.owner, formFor(campaign, { title: "Edited by the editor", proofOfWork: "automatic" }));
    assert.ok(saved.ok && saved.value.changed.includes("proofOfWork"));
    const [row] = await rows<{ proof_of_work: string; details: { changed: string[] } }>(sql`
      select c.proof_of_work, a.details from campaigns c
        join audit_log a on a.campaign_id = c.id and a.action = 'campaign.update'
       where c.id = ${campaign.id} order by a.id desc limit 1`);
    assert.deepEqual(row, { proof_of_work: "automatic", details: { changed: ["proofOfWork"] } });
  });
});

describe("spent challenges", () => {
  test("are forgotten once expired, not before", async () => {
    const [expired, live] = [randomUUID().replaceAll("-", ""), randomUUID().replaceAll("-", "")];
    await getDb().execute(sql`insert into proof_of_work_spent (nonce, expires_at) values
      (decode(${expired}, 'hex'), now() - interval '1 minute'), (decode(${live}, 'hex'), now() + interval '1 minute')`);
    await forgetExpiredSpentChallenges();
    const left = await rows<{ nonce: string }>(
      sql`select encode(nonce, 'hex') as nonce from proof_of_work_spent where nonce in (decode(${expired}, 'hex'), decode(${live}, 'hex'))`,
    );
    assert.deepEqual(
      left.map((row) => row.nonce),
      [live],
    );
  });
});
