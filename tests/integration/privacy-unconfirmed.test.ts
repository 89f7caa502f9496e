import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, fake, insertSignature, linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";
import { captureQueries, plansOf, relationsIn } from "./query-plans";

const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { findSignatureByConfirmToken } = await import("@/lib/signing/queries");
const { sendConfirmReminders, deleteExpiredUnconfirmed } = await import("@/lib/privacy/unconfirmed");
const { getTally } = await import("@/lib/tallies/queries");

// Issue #13, privacy by design: an unconfirmed signature gets one reminder two days in, and is
// deleted once its link has expired. Time is moved by rewriting created_at and confirm_expires_at.

useIntegrationLifecycle();

type Campaign = Awaited<ReturnType<typeof createTestCampaign>>;

async function sign(campaign: Campaign, overrides: Record<string, unknown> = {}) {
  const input = validSignature(overrides);
  assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
  await settleOutbox();
  const [row] = await rows<{ id: string }>(sql`select id from signatures where campaign_id = ${campaign.id} and email = ${input.email}`);
  return { email: input.email, id: row.id, first: linksFor(input.email).confirm! };
}

const ageBy = (id: string, interval: string) => rows(sql`update signatures set created_at = now() - ${interval}::interval where id = ${id}`);
const emailsTo = (email: string) => fake.emails.filter((sent) => sent.to.includes(email));

/** Sweeps until nothing is due (other files' signatures may be due too). */
async function remindAll() {
  while ((await sendConfirmReminders()) > 0) {}
  await settleOutbox();
}

describe("the reminder to confirm", () => {
  test("is sent once, two days in, in the signer's language, and both links confirm", async () => {
    const campaign = await createTestCampaign();
    const signer = await sign(campaign, { locale: "fr" });
    await ageBy(signer.id, "47 hours");
    await remindAll();
    assert.equal(emailsTo(signer.email).length, 1, "not before two days");

    await ageBy(signer.id, "49 hours");
    await remindAll();
    const sent = emailsTo(signer.email);
    assert.equal(sent.length, 2);
    assert.match(sent[1].subject, /^Rappel\s:\sconfirmez votre signature/, "in French, the language they signed in");
    const reminder = linksFor(signer.email).confirm!;
    assert.ok(reminder && reminder !== signer.first, "a fresh link");
    assert.match(sent[1].text, /\/fr\/confirm\//);
    const [row] = await rows<{ reminded: boolean }>(sql`select reminder_sent_at is not null as reminded from signatures where id = ${signer.id}`);
    assert.ok(row.reminded);

    await ageBy(signer.id, "10 days");
    await remindAll();
    assert.equal(emailsTo(signer.email).length, 2, "never a second reminder");

    assert.equal((await findSignatureByConfirmToken(signer.first))?.status, "pending", "the first email's link still opens");
    assert.equal((await findSignatureByConfirmToken(reminder))?.status, "pending", "and so does the reminder's");
    assert.deepEqual(await confirmSignature(reminder), { kind: "confirmed", campaignSlug: campaign.slug });
    assert.equal((await getTally(campaign.id)).online, 1);
  });

  test("the first email's link confirms after the reminder, and counts once", async () => {
    const campaign = await createTestCampaign();
    const signer = await sign(campaign);
    await ageBy(signer.id, "3 days");
    await remindAll();
    const reminder = linksFor(signer.email).confirm!;
    assert.notEqual(reminder, signer.first);
    assert.deepEqual(await confirmSignature(signer.first), { kind: "confirmed", campaignSlug: campaign.slug });
    assert.equal((await confirmSignature(reminder)).kind, "already-confirmed");
    assert.equal((await getTally(campaign.id)).online, 1);
  });

  test("is not sent to a confirmed signer, nor to one who withdrew", async () => {
    const campaign = await createTestCampaign();
    const confirmed = await sign(campaign);
    assert.equal((await confirmSignature(confirmed.first)).kind, "confirmed");
    const withdrawn = await sign(campaign);
    assert.equal((await withdrawSignature(linksFor(withdrawn.email).withdraw!)).kind, "withdrawn");
    await ageBy(confirmed.id, "3 days");
    await remindAll();
    assert.equal(emailsTo(confirmed.email).length, 1);
    assert.equal(emailsTo(withdrawn.email).length, 1);
  });

  test("is not sent once the campaign has stopped taking signatures", async () => {
    const campaign = await createTestCampaign();
    const signer = await sign(campaign);
    await rows(sql`update campaigns set status = 'closed', closed_at = now() where id = ${campaign.id}`);
    await ageBy(signer.id, "3 days");
    await remindAll();
    assert.equal(emailsTo(signer.email).length, 1);
  });

  test("two instances sweeping at once send each reminder once", async () => {
    const campaign = await createTestCampaign();
    const signers = [];
    for (let i = 0; i < 12; i++) signers.push(await sign(campaign));
    await rows(sql`update signatures set created_at = now() - interval '3 days' where campaign_id = ${campaign.id}`);
    await Promise.all([sendConfirmReminders(5), sendConfirmReminders(5), sendConfirmReminders(5), sendConfirmReminders(5)]);
    await remindAll();
    const [{ n }] = await rows<{ n: number }>(sql`
      select count(*)::int as n from signature_confirm_tokens t join signatures s on s.id = t.signature_id where s.campaign_id = ${campaign.id}`);
    assert.equal(n, 12, "one reminder link per signature");
    for (const signer of signers) assert.equal(emailsTo(signer.email).length, 2, "one reminder per signer");
  });
});

describe("unconfirmed signatures whose link expired", () => {
  const expire = (id: string) => rows(sql`update signatures set confirm_expires_at = now() - interval '1 minute' where id = ${id}`);

  test("are deleted with their emails and links; confirmed and invalidated ones stay, and no count moves", async () => {
    const campaign = await createTestCampaign();
    const pending = await sign(campaign);
    await ageBy(pending.id, "3 days");
    await remindAll();
    const counted = await sign(campaign);
    assert.equal((await confirmSignature(counted.first)).kind, "confirmed");
    const held = await insertSignature({ campaignId: campaign.id, status: "held", confirmedAt: null, heldAt: new Date() });
    const heldConfirmed = await insertSignature({ campaignId: campaign.id, status: "held", heldAt: new Date() });
    const setAside = await insertSignature({
      campaignId: campaign.id,
      status: "invalidated",
      confirmedAt: null,
      statusBeforeInvalidation: "pending",
    });
    for (const id of [pending.id, counted.id, held.id, heldConfirmed.id, setAside.id]) await expire(id);
    const before = await getTally(campaign.id);

    while ((await deleteExpiredUnconfirmed()) > 0) {}

    const left = await rows<{ id: string }>(sql`select id from signatures where campaign_id = ${campaign.id} order by id`);
    assert.deepEqual(left.map((row) => row.id).sort(), [counted.id, heldConfirmed.id, setAside.id].sort());
    const [{ emails, links }] = await rows<{ emails: number; links: number }>(sql`
      select (select count(*)::int from email_outbox where signature_id = ${pending.id}) as emails,
             (select count(*)::int from signature_confirm_tokens where signature_id = ${pending.id}) as links`);
    assert.deepEqual({ emails, links }, { emails: 0, links: 0 });
    assert.deepEqual(await getTally(campaign.id), before);
    assert.equal((await confirmSignature(pending.first)).kind, "invalid");
  });

  test("are not deleted before the link expires", async () => {
    const campaign = await createTestCampaign();
    const pending = await sign(campaign);
    await ageBy(pending.id, "6 days");
    while ((await deleteExpiredUnconfirmed()) > 0) {}
    assert.equal((await findSignatureByConfirmToken(pending.first))?.status, "pending");
  });
});

describe("the sweeps' plans", () => {
  test("deleting expired signatures reads the partial index, not the whole signatures table", async () => {
    const queries = await captureQueries(() => deleteExpiredUnconfirmed());
    const plans = JSON.stringify(await plansOf(queries.filter(({ query }) => /confirm_expires_at < now\(\)/.test(query))));
    assert.match(plans, /"Index Name":"signatures_unconfirmed_expiry_idx"/);
    assert.doesNotMatch(plans, /Seq Scan/);
  });

  test("finding due reminders reads the partial index (the sweep's condition, explained apart: it runs in a transaction)", async () => {
    const [row] = await rows<{ "QUERY PLAN": unknown }>(sql`
      explain (format json)
      select id from signatures s
       where s.confirmed_at is null and s.reminder_sent_at is null and s.created_at <= now() - interval '2 days'
       order by s.created_at limit 100`);
    const plan = JSON.stringify(row["QUERY PLAN"]);
    assert.match(plan, /"Index Name":"signatures_reminder_due_idx"/);
    assert.ok(relationsIn(row["QUERY PLAN"]).every((relation) => relation === "signatures"));
  });
});
