import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";
import { and, eq, sql } from "drizzle-orm";
import { inEnglish as english } from "../fixtures/english";

// Deliveries are driven by the tests (settleOutbox), not by a background drain.
process.env.EMAIL_WORKER = "false";

const { fake, getDb, insertSignature, rows, schema, settleOutbox, useIntegrationLifecycle } = await import("./support");
const { ACTORS, setUpActors } = await import("./organizer-actors");
const { loadMailingPage, loadMailingsPage } = await import("@/lib/mailings/page-data");
const { ALREADY_SENT, createMailingAs, sendMailingAs, sendTestMailingAs, updateMailingAs } = await import("@/lib/mailings/commands");
type Actor = import("./organizer-actors").Actor;
type Caller = import("./organizer-actors").Caller;

useIntegrationLifecycle();

const { campaignMailings, signatures, auditLog } = schema;

let callers: Record<Actor, Caller>;
let campaign: { id: string; slug: string };
let otherCampaign: { id: string; slug: string };
/** Signers of `campaign` by what they are; only `optedIn` are recipients. */
let signers: Record<"optedIn" | "optedIn2" | "notOptedIn" | "pending" | "invalidated", string>;
let otherCampaignSigner: string;

type SignerSpec = { status?: "pending" | "confirmed" | "invalidated"; optIn?: boolean };

async function addSigner(campaignId: string, label: string, spec: SignerSpec = {}): Promise<string> {
  const email = `${label}.${randomUUID().slice(0, 8)}@signers.example`;
  await insertSignature({ campaignId, email, fullName: `Signer ${label}`, status: spec.status ?? "confirmed", optInUpdates: spec.optIn ?? true });
  return email;
}

async function newDraft(subject = `Draft ${randomUUID().slice(0, 6)}`) {
  const result = await createMailingAs(callers.owner, { campaignSlug: campaign.slug, subject, body: "News.\n\nMore news." });
  assert.ok(result.ok);
  return result.value.mailingId;
}

const mailingRow = async (id: string) => (await getDb().select().from(campaignMailings).where(eq(campaignMailings.id, id)))[0];
const outboxRowsOf = (mailingId: string) =>
  rows<{ signature_id: string; kind: string; payload: Buffer | null; status: string }>(
    sql`select signature_id, kind, payload, status from email_outbox where mailing_id = ${mailingId}`,
  );
const auditOf = (action: string, mailingId: string) =>
  getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), sql`${auditLog.details}->>'mailingId' = ${mailingId}`));
const emailsTo = (address: string) => fake.emails.filter((email) => email.to.includes(address));

before(async () => {
  ({ campaign, otherCampaign, callers } = await setUpActors());
  signers = {
    optedIn: await addSigner(campaign.id, "opted-in"),
    optedIn2: await addSigner(campaign.id, "opted-in-2"),
    notOptedIn: await addSigner(campaign.id, "not-opted-in", { optIn: false }),
    pending: await addSigner(campaign.id, "pending", { status: "pending" }),
    invalidated: await addSigner(campaign.id, "invalidated", { status: "invalidated" }),
  };
  otherCampaignSigner = await addSigner(otherCampaign.id, "other-campaign");
});

const refusal = (actor: Actor) => (actor === "anonymous" ? "unauthenticated" : "forbidden");
const mayEdit = (actor: Actor) => actor === "editor" || actor === "owner" || actor === "admin";
const mayView = (actor: Actor) => mayEdit(actor) || actor === "viewer";

describe("who may see and do what on /organizer/campaigns/{slug}/updates", () => {
  for (const actor of ACTORS) {
    test(`${actor}: the list of updates`, async () => {
      const draftId = await newDraft();
      const result = await loadMailingsPage(callers[actor], campaign.slug);
      if (!mayView(actor)) return assert.deepEqual(result, { ok: false, error: refusal(actor) });
      assert.ok(result.ok);
      assert.equal(result.value.canEdit, mayEdit(actor));
      assert.equal(result.value.recipients, 2, "confirmed signers who opted in, nobody else");
      assert.ok(result.value.mailings.some((m) => m.id === draftId && m.status === "draft"));
    });

    test(`${actor}: one update's page, with its preview`, async () => {
      const draftId = await newDraft("Preview me");
      const result = await loadMailingPage(callers[actor], campaign.slug, draftId);
      if (!mayView(actor)) return assert.deepEqual(result, { ok: false, error: refusal(actor) });
      assert.ok(result.ok);
      assert.equal(result.value.canEdit, mayEdit(actor));
      assert.equal(result.value.preview.subject, "Preview me");
      assert.match(result.value.preview.text, /News\.\n\nMore news\./);
      assert.match(result.value.preview.text, /http:\/\/petitions\.test\/unsubscribe\/sample/);
      assert.equal(result.value.preview.headers?.["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click");
    });

    test(`${actor}: writing a draft`, async () => {
      const subject = `By ${actor} ${randomUUID().slice(0, 6)}`;
      const result = await createMailingAs(callers[actor], { campaignSlug: campaign.slug, subject, body: "Hello." });
      const created = await getDb().select().from(campaignMailings).where(eq(campaignMailings.subject, subject));
      if (!mayEdit(actor)) {
        assert.deepEqual(result, { ok: false, error: refusal(actor) });
        return assert.equal(created.length, 0, "nothing is written");
      }
      assert.ok(result.ok);
      assert.equal(created.length, 1);
      assert.equal(created[0].status, "draft");
      assert.equal(created[0].createdBy, callers[actor]!.id);
      const [entry] = await auditOf("mailing.create", result.value.mailingId);
      assert.equal(entry.actorId, callers[actor]!.id);
      assert.equal(entry.campaignId, campaign.id);
    });

    test(`${actor}: editing a draft`, async () => {
      const draftId = await newDraft("Before");
      const result = await updateMailingAs(callers[actor], { campaignSlug: campaign.slug, mailingId: draftId, subject: "After", body: "Changed." });
      const row = await mailingRow(draftId);
      if (!mayEdit(actor)) {
        assert.deepEqual(result, { ok: false, error: refusal(actor) });
        assert.deepEqual([row.subject, row.body], ["Before", "News.\n\nMore news."]);
        return assert.equal((await auditOf("mailing.update", draftId)).length, 0);
      }
      assert.ok(result.ok);
      assert.deepEqual([row.subject, row.body], ["After", "Changed."]);
      assert.equal((await auditOf("mailing.update", draftId)).length, 1);
    });

    test(`${actor}: sending a test`, async () => {
      const draftId = await newDraft("Test me");
      const [{ n: before }] = await rows<{ n: number }>(sql`select count(*)::int as n from email_outbox where kind = 'mailing-test'`);
      const result = await sendTestMailingAs(callers[actor], { campaignSlug: campaign.slug, mailingId: draftId });
      const [{ n: after }] = await rows<{ n: number }>(sql`select count(*)::int as n from email_outbox where kind = 'mailing-test'`);
      if (!mayEdit(actor)) {
        assert.deepEqual(result, { ok: false, error: refusal(actor) });
        assert.equal(after, before, "nothing is queued");
        return assert.equal((await auditOf("mailing.test", draftId)).length, 0);
      }
      assert.deepEqual(result, { ok: true, value: { campaignSlug: campaign.slug, to: callers[actor]!.email } });
      assert.equal(after, before + 1);
      assert.equal((await auditOf("mailing.test", draftId)).length, 1);
    });

    test(`${actor}: sending to signers`, async () => {
      const draftId = await newDraft();
      const result = await sendMailingAs(callers[actor], { campaignSlug: campaign.slug, mailingId: draftId, previewChecked: "on" });
      const row = await mailingRow(draftId);
      if (!mayEdit(actor)) {
        assert.deepEqual(result, { ok: false, error: refusal(actor) });
        assert.equal(row.status, "draft");
        assert.equal((await outboxRowsOf(draftId)).length, 0, "nothing is queued");
        return assert.equal((await auditOf("mailing.send", draftId)).length, 0);
      }
      assert.deepEqual(result, { ok: true, value: { campaignSlug: campaign.slug, mailingId: draftId, recipients: 2 } });
      assert.equal(row.status, "sending");
      assert.equal(row.sentBy, callers[actor]!.id);
      const [entry] = await auditOf("mailing.send", draftId);
      assert.equal(entry.details.recipients, 2);
    });
  }

  test("an unknown campaign is a 404 to a signed-in caller, and a sign-in to an anonymous one", async () => {
    assert.deepEqual(await loadMailingsPage(callers.owner, "no-such-campaign"), { ok: false, error: "not-found" });
    assert.deepEqual(await loadMailingsPage(null, "no-such-campaign"), { ok: false, error: "unauthenticated" });
    assert.deepEqual(await loadMailingPage(callers.owner, campaign.slug, "not-a-uuid"), { ok: false, error: "not-found" });
    assert.deepEqual(await loadMailingPage(callers.owner, campaign.slug, randomUUID()), { ok: false, error: "not-found" });
  });

  test("a mailing of another campaign cannot be reached through this campaign's slug, nor the other way round", async () => {
    const ownDraft = await newDraft("Own draft");
    const foreign = await createMailingAs(callers["other-organizer"], { campaignSlug: otherCampaign.slug, subject: "Theirs", body: "Theirs." });
    assert.ok(foreign.ok);
    const foreignId = foreign.value.mailingId;
    const viaOurs = { campaignSlug: campaign.slug, mailingId: foreignId };
    assert.deepEqual(await loadMailingPage(callers.owner, campaign.slug, foreignId), { ok: false, error: "not-found" });
    assert.deepEqual(await updateMailingAs(callers.owner, { ...viaOurs, subject: "Hijacked", body: "x" }), { ok: false, error: "not-found" });
    assert.deepEqual(await sendTestMailingAs(callers.owner, viaOurs), { ok: false, error: "not-found" });
    assert.deepEqual(await sendMailingAs(callers.owner, { ...viaOurs, previewChecked: true }), { ok: false, error: "not-found" });
    const viaTheirs = { campaignSlug: otherCampaign.slug, mailingId: ownDraft };
    assert.deepEqual(await sendMailingAs(callers.owner, { ...viaTheirs, previewChecked: true }), { ok: false, error: "forbidden" });
    const theirs = await mailingRow(foreignId);
    assert.deepEqual([theirs.subject, theirs.status], ["Theirs", "draft"]);
    assert.equal((await outboxRowsOf(foreignId)).length, 0);
  });
});

describe("drafts", () => {
  test("bad input is refused field by field and writes nothing", async () => {
    const count = async () =>
      (await rows<{ n: number }>(sql`select count(*)::int as n from campaign_mailings where campaign_id = ${campaign.id}`))[0].n;
    const before = await count();
    const result = await createMailingAs(callers.editor, { campaignSlug: campaign.slug, subject: " ", body: "x".repeat(10_001) });
    assert.ok(!result.ok && result.error === "invalid");
    assert.match(english(result.fieldErrors.subject), /Enter a subject/);
    assert.match(english(result.fieldErrors.body), /at most 10,000/);
    const blank = await createMailingAs(callers.editor, { campaignSlug: campaign.slug, subject: "Hi", body: "\n \n" });
    assert.ok(!blank.ok && blank.error === "invalid" && /Enter a message/.test(english(blank.fieldErrors.body)));
    assert.equal(await count(), before);

    const draftId = await newDraft("Keep me");
    const bad = await updateMailingAs(callers.editor, { campaignSlug: campaign.slug, mailingId: draftId, subject: "Two\nlines", body: "Fine." });
    assert.ok(!bad.ok && bad.error === "invalid" && bad.fieldErrors.subject);
    assert.equal((await mailingRow(draftId)).subject, "Keep me");
  });

  test("a draft can be changed until it is sent, and then not any more", async () => {
    const draftId = await newDraft("First");
    const ref = { campaignSlug: campaign.slug, mailingId: draftId };
    assert.ok((await updateMailingAs(callers.editor, { ...ref, subject: "Second", body: "Body two." })).ok);
    assert.ok((await sendMailingAs(callers.editor, { ...ref, previewChecked: true })).ok);
    const late = await updateMailingAs(callers.editor, { ...ref, subject: "Third", body: "Too late." });
    assert.deepEqual(late, { ok: false, error: "invalid", fieldErrors: { form: ALREADY_SENT } });
    const row = await mailingRow(draftId);
    assert.deepEqual([row.subject, row.body], ["Second", "Body two."]);
  });

  test("sending without ticking 'I have checked the preview' is refused and queues nothing", async () => {
    const draftId = await newDraft();
    const result = await sendMailingAs(callers.editor, { campaignSlug: campaign.slug, mailingId: draftId });
    assert.ok(!result.ok && result.error === "invalid" && /checked the preview/.test(english(result.fieldErrors.previewChecked)));
    assert.equal((await mailingRow(draftId)).status, "draft");
    assert.equal((await outboxRowsOf(draftId)).length, 0);
  });
});

describe("a test send", () => {
  test("goes to the caller alone, as signers would get it, and is not counted or recorded per signer", async () => {
    await settleOutbox();
    const draftId = await newDraft("The real subject");
    const signerEmailsBefore = Object.values(signers).map((address) => emailsTo(address).length);
    const result = await sendTestMailingAs(callers.editor, { campaignSlug: campaign.slug, mailingId: draftId });
    assert.ok(result.ok);
    await settleOutbox();
    const received = emailsTo(callers.editor!.email).filter((email) => email.subject.includes("The real subject"));
    assert.equal(received.length, 1, "the caller got it, once");
    assert.equal(received[0].subject, "[Test] The real subject");
    assert.match(received[0].text, /News\.\n\nMore news\./);
    assert.equal(received[0].headers["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click");
    assert.equal(fake.emails.filter((email) => email.subject.includes("The real subject")).length, 1, "nobody else got it");
    assert.deepEqual(
      Object.values(signers).map((address) => emailsTo(address).length),
      signerEmailsBefore,
      "no signer got it",
    );
    const row = await mailingRow(draftId);
    assert.deepEqual([row.status, row.recipients], ["draft", null]);
    assert.equal((await outboxRowsOf(draftId)).length, 0, "no outbox row names the mailing");
  });
});

describe("sending to signers", () => {
  test("queues exactly the confirmed signers who opted in: one row each, no address copied", async () => {
    const draftId = await newDraft();
    const result = await sendMailingAs(callers.owner, { campaignSlug: campaign.slug, mailingId: draftId, previewChecked: true });
    assert.ok(result.ok && result.value.recipients === 2);
    const queued = await outboxRowsOf(draftId);
    const ids = await rows<{ id: string; email: string }>(
      sql`select id, email from signatures where campaign_id in (${campaign.id}, ${otherCampaign.id})`,
    );
    const emailOf = new Map(ids.map((row) => [row.id, row.email]));
    assert.deepEqual(queued.map((row) => emailOf.get(row.signature_id)).sort(), [signers.optedIn, signers.optedIn2].sort());
    assert.ok(queued.every((row) => row.kind === "mailing" && row.payload === null && row.status === "pending"));
    const row = await mailingRow(draftId);
    assert.equal(row.recipients, 2);
    assert.ok(row.sendRequestedAt);
    assert.equal(emailsTo(otherCampaignSigner).length, 0);
  });

  test("a second click, or two tabs at once, queue nothing more", async () => {
    const draftId = await newDraft();
    const input = { campaignSlug: campaign.slug, mailingId: draftId, previewChecked: true };
    const results = await Promise.all([
      sendMailingAs(callers.owner, input),
      sendMailingAs(callers.editor, input),
      sendMailingAs(callers.admin, input),
    ]);
    assert.equal(results.filter((r) => r.ok).length, 1, "exactly one send went through");
    for (const refused of results.filter((r) => !r.ok))
      assert.deepEqual(refused, { ok: false, error: "invalid", fieldErrors: { form: ALREADY_SENT } });
    assert.deepEqual(await sendMailingAs(callers.owner, input), { ok: false, error: "invalid", fieldErrors: { form: ALREADY_SENT } });
    assert.equal((await outboxRowsOf(draftId)).length, 2);
    assert.equal((await auditOf("mailing.send", draftId)).length, 1);
  });

  test("with nobody opted in, it is refused and stays a draft", async () => {
    const lonely = await createMailingAs(callers["other-organizer"], { campaignSlug: otherCampaign.slug, subject: "Hi", body: "Hi." });
    assert.ok(lonely.ok);
    await getDb().update(signatures).set({ optInUpdates: false }).where(eq(signatures.campaignId, otherCampaign.id));
    const result = await sendMailingAs(callers["other-organizer"], {
      campaignSlug: otherCampaign.slug,
      mailingId: lonely.value.mailingId,
      previewChecked: true,
    });
    assert.ok(!result.ok && result.error === "invalid" && /nobody to send/.test(english(result.fieldErrors.form)));
    const row = await mailingRow(lonely.value.mailingId);
    assert.deepEqual([row.status, row.sendRequestedAt, row.recipients], ["draft", null, null]);
    assert.equal((await auditOf("mailing.send", lonely.value.mailingId)).length, 0);
  });

  test("each recipient gets it once, the mailing is marked sent, and the list shows the progress", async () => {
    await settleOutbox();
    fake.emails.length = 0;
    const draftId = await newDraft("Delivered at last");
    assert.ok((await sendMailingAs(callers.owner, { campaignSlug: campaign.slug, mailingId: draftId, previewChecked: true })).ok);
    await settleOutbox();
    const delivered = fake.emails.filter((email) => email.subject === "Delivered at last");
    assert.deepEqual(delivered.map((email) => email.to[0]).sort(), [signers.optedIn, signers.optedIn2].sort());
    assert.match(delivered[0].text, /^Dear Signer opted-in/);
    const row = await mailingRow(draftId);
    assert.equal(row.status, "sent");
    assert.ok(row.completedAt);
    const page = await loadMailingsPage(callers.viewer, campaign.slug);
    assert.ok(page.ok);
    const listed = page.value.mailings.find((m) => m.id === draftId)!;
    assert.deepEqual(listed.progress, { queued: 0, sent: 2, skipped: 0, failed: 0 });
  });

  test("no audit entry of these actions holds a signer's address", async () => {
    const entries = await getDb().select().from(auditLog).where(eq(auditLog.campaignId, campaign.id));
    assert.ok(entries.some((e) => e.action === "mailing.send"));
    const text = JSON.stringify(entries).toLowerCase();
    for (const address of [...Object.values(signers), otherCampaignSigner]) assert.equal(text.includes(address.toLowerCase()), false);
  });
});
