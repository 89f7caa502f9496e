import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";
import { eq, sql } from "drizzle-orm";
import { Resend } from "resend";

// Deliveries are driven by the tests, batch by batch, not by a background drain.
process.env.EMAIL_WORKER = "false";

const { createTestCampaign, fake, getDb, rows, schema, settleOutbox, useIntegrationLifecycle } = await import("./support");
const { createUser } = await import("./organizer-actors");
const { createMailingAs, sendMailingAs } = await import("@/lib/mailings/commands");
const { claimDueEmails, deliverDueEmails } = await import("@/lib/email/outbox");
const { unsubscribeToken } = await import("@/lib/mailings/unsubscribe-token");
const { getMailingProgress } = await import("@/lib/mailings/queries");
const { completeStalledMailings } = await import("@/lib/mailings/delivery");
const unsubscribeRoute = await import("@/app/api/unsubscribe/[token]/route");

useIntegrationLifecycle();

const { campaignMailings, signatures } = schema;
type Caller = import("./organizer-actors").Caller;

let owner: Caller;
before(async () => {
  owner = await createUser("organizer", "mailing-owner");
});

/** A campaign owned by `owner` with `count` confirmed signers who opted in; returns their addresses by signature id. */
async function campaignWithSigners(count: number) {
  const campaign = await createTestCampaign();
  await getDb().insert(schema.campaignMembers).values({ campaignId: campaign.id, userId: owner!.id, role: "owner" });
  const tag = randomUUID().slice(0, 8);
  const inserted = await rows<{ id: string; email: string }>(sql`
    insert into signatures (campaign_id, status, email, email_canonical, full_name, show_name, opt_in_updates,
                            consented_at, confirmed_at, withdraw_token_hash)
    select ${campaign.id}, 'confirmed', e, e, 'Signer ' || i, false, true, now(), now(), ${randomBytes(16)} || int4send(i)
      from generate_series(1, ${count}) as i, lateral (select 'bulk' || i || '.' || ${tag} || '@signers.example' as e) as a
    returning id, email`);
  return { campaign, addresses: new Map(inserted.map((row) => [row.id, row.email])) };
}

async function queue(campaign: { slug: string }, subject: string) {
  const draft = await createMailingAs(owner, { campaignSlug: campaign.slug, subject, body: "Our news." });
  assert.ok(draft.ok);
  const sent = await sendMailingAs(owner, { campaignSlug: campaign.slug, mailingId: draft.value.mailingId, previewChecked: true });
  assert.ok(sent.ok, JSON.stringify(sent));
  return { mailingId: draft.value.mailingId, recipients: sent.value.recipients };
}

/** How many emails of this subject each address received (every address of `addresses` listed, zero included). */
function deliveriesPerAddress(addresses: Iterable<string>, subject: string): Map<string, number> {
  const counts = new Map([...addresses].map((address) => [address, 0]));
  for (const email of fake.emails.filter((e) => e.subject === subject)) {
    for (const to of email.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

const mailingStatus = async (id: string) => (await getDb().select().from(campaignMailings).where(eq(campaignMailings.id, id)))[0];

describe("sending is queued, resumable, and never twice to one address", () => {
  test("an interrupted send delivers each recipient exactly once", async () => {
    await settleOutbox();
    const { campaign, addresses } = await campaignWithSigners(250);
    const subject = `Exactly once ${randomUUID().slice(0, 6)}`;
    const { mailingId, recipients } = await queue(campaign, subject);
    assert.equal(recipients, 250);

    // The worker gets through one batch, then the server stops.
    assert.equal(await deliverDueEmails(100), 100);
    assert.equal(fake.emails.filter((e) => e.subject === subject).length, 100);
    assert.equal((await mailingStatus(mailingId)).status, "sending");

    // After the restart, someone presses "Send" again: nothing more is queued.
    const again = await sendMailingAs(owner, { campaignSlug: campaign.slug, mailingId, previewChecked: true });
    assert.ok(!again.ok && again.error === "invalid");
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from email_outbox where mailing_id = ${mailingId}`);
    assert.equal(n, 250);

    // A worker claims a batch and dies before sending it: its rows stay leased, others go on.
    const stranded = await claimDueEmails(100);
    assert.equal(stranded.length, 100);
    const strandedBatch = stranded[0].batch_id;
    assert.ok(stranded.every((row) => row.batch_id === strandedBatch && row.mailing_id === mailingId && row.payload === null));
    assert.equal(await deliverDueEmails(100), 50, "the leased rows are not claimed again while the lease runs");
    assert.equal(fake.emails.filter((e) => e.subject === subject).length, 150);

    // The lease runs out: the batch is claimed whole, under the same id, and sent.
    await getDb().execute(sql`update email_outbox set locked_until = now() - interval '1 second' where batch_id = ${strandedBatch}`);
    await settleOutbox();
    const fromStranded = fake.emails.filter((e) => e.subject === subject && e.idempotencyKey === strandedBatch);
    assert.equal(fromStranded.length, 100, "sent under the batch id it was first claimed with");

    const counts = deliveriesPerAddress(addresses.values(), subject);
    assert.deepEqual([...new Set(counts.values())], [1], "every recipient exactly once");
    const done = await mailingStatus(mailingId);
    assert.equal(done.status, "sent");
    assert.ok(done.completedAt);
    assert.deepEqual((await getMailingProgress([mailingId])).get(mailingId), { queued: 0, sent: 250, skipped: 0, failed: 0 });
  });

  test("a batch the provider accepted but the worker never recorded is not delivered again", async () => {
    await settleOutbox();
    const { campaign, addresses } = await campaignWithSigners(30);
    const subject = `Unrecorded ${randomUUID().slice(0, 6)}`;
    const { mailingId } = await queue(campaign, subject);
    await settleOutbox();
    assert.equal(fake.emails.filter((e) => e.subject === subject).length, 30);

    // The worker died between Resend's answer and its update: the rows look unsent, lease expired.
    const forget = () =>
      getDb().execute(sql`
        update email_outbox set status = 'pending', sent_at = null, provider_message_id = null, locked_until = null,
                                last_error = null, next_attempt_at = now()
         where mailing_id = ${mailingId}`);
    await forget();
    const requestsBefore = fake.requests;
    await settleOutbox();
    assert.equal(fake.requests, requestsBefore + 1, "the retry reached the provider, with the same key and body");
    assert.deepEqual([...new Set(deliveriesPerAddress(addresses.values(), subject).values())], [1]);

    // Again, but one recipient unsubscribed in between, so the retry's content differs: Resend
    // refuses the reused key, which proves the first request went through. Nothing is resent.
    await forget();
    const [someone] = addresses.keys();
    const response = await unsubscribeRoute.POST(new Request("http://petitions.test/x", { method: "POST" }), {
      params: Promise.resolve({ token: unsubscribeToken(someone) }),
    });
    assert.equal(response.status, 200);
    await settleOutbox();
    assert.deepEqual([...new Set(deliveriesPerAddress(addresses.values(), subject).values())], [1], "still exactly once each");
    const states = await rows<{ status: string; last_error: string | null }>(sql`
      select status, last_error from email_outbox where mailing_id = ${mailingId}`);
    assert.ok(states.every((row) => row.status === "sent"));
    assert.ok(states.some((row) => /not resent/.test(row.last_error ?? "")));
  });

  test("a Resend outage mid-send is retried later, still once per address", async () => {
    await settleOutbox();
    const { campaign, addresses } = await campaignWithSigners(120);
    const subject = `Outage ${randomUUID().slice(0, 6)}`;
    const { mailingId } = await queue(campaign, subject);
    fake.failNext(1);
    await deliverDueEmails(100);
    await settleOutbox();
    const [{ n }] = await rows<{ n: number }>(
      sql`select count(*)::int as n from email_outbox where mailing_id = ${mailingId} and status = 'pending'`,
    );
    assert.equal(n, 100, "the failed batch waits for its retry");
    assert.equal((await mailingStatus(mailingId)).status, "sending");
    await getDb().execute(sql`update email_outbox set next_attempt_at = now() where mailing_id = ${mailingId} and status = 'pending'`);
    await settleOutbox();
    assert.deepEqual([...new Set(deliveriesPerAddress(addresses.values(), subject).values())], [1]);
    assert.equal((await mailingStatus(mailingId)).status, "sent");
  });

  test("a signer who unsubscribes, or is set aside, after the update was queued is skipped", async () => {
    await settleOutbox();
    const { campaign, addresses } = await campaignWithSigners(5);
    const subject = `Skips ${randomUUID().slice(0, 6)}`;
    const { mailingId } = await queue(campaign, subject);
    const [unsubscribed, invalidated] = addresses.keys();
    await getDb().update(signatures).set({ optInUpdates: false }).where(eq(signatures.id, unsubscribed));
    await getDb().update(signatures).set({ status: "invalidated", statusBeforeInvalidation: "confirmed" }).where(eq(signatures.id, invalidated));
    await settleOutbox();
    const counts = deliveriesPerAddress(addresses.values(), subject);
    assert.equal(counts.get(addresses.get(unsubscribed)!), 0);
    assert.equal(counts.get(addresses.get(invalidated)!), 0);
    assert.equal([...counts.values()].filter((c) => c === 1).length, 3);
    assert.deepEqual((await getMailingProgress([mailingId])).get(mailingId), { queued: 0, sent: 3, skipped: 2, failed: 0 });
    const skipped = await rows<{ last_error: string }>(sql`
      select last_error from email_outbox where mailing_id = ${mailingId} and last_error like 'skipped:%' order by last_error`);
    assert.deepEqual(
      skipped.map((row) => row.last_error),
      ["skipped: signature no longer confirmed", "skipped: unsubscribed"],
    );
    assert.equal((await mailingStatus(mailingId)).status, "sent");
  });

  test("a mailing whose last batch's worker died before checking is completed by the idle sweep", async () => {
    await settleOutbox();
    const { campaign } = await campaignWithSigners(3);
    const { mailingId } = await queue(campaign, `Stalled ${randomUUID().slice(0, 6)}`);
    await settleOutbox();
    await getDb().update(campaignMailings).set({ status: "sending", completedAt: null }).where(eq(campaignMailings.id, mailingId));
    const unfinished = await queue(campaign, `Unfinished ${randomUUID().slice(0, 6)}`);
    await completeStalledMailings();
    assert.equal((await mailingStatus(mailingId)).status, "sent");
    assert.equal((await mailingStatus(unfinished.mailingId)).status, "sending", "one with rows still pending stays sending");
    await settleOutbox();
  });
});

describe("updates to signers wait behind the emails that make signatures count", () => {
  test("a confirmation queued after a large update is claimed before the update's rows", async () => {
    await settleOutbox();
    const { campaign } = await campaignWithSigners(250);
    const { mailingId } = await queue(campaign, `Big update ${randomUUID().slice(0, 6)}`);
    const { enqueueEmail } = await import("@/lib/email/outbox");
    const urgentSubject = `Confirm ${randomUUID().slice(0, 6)}`;
    await enqueueEmail(getDb(), {
      kind: "organizer-invitation",
      signatureId: null,
      message: { to: "urgent@signers.example", subject: urgentSubject, html: "<p>x</p>", text: "x" },
    });
    const first = await claimDueEmails(100);
    assert.equal(first.length, 100);
    assert.equal(first.filter((row) => row.mailing_id === null).length, 1, "the transactional email is in the first claim");
    assert.equal(first.filter((row) => row.mailing_id === mailingId).length, 99, "the rest of the claim is the update's");
    // Let the leases lapse, then deliver everything, still once each.
    await getDb().execute(sql`update email_outbox set locked_until = now() - interval '1 second' where locked_until > now()`);
    await settleOutbox();
    assert.equal(fake.emails.filter((e) => e.subject === urgentSubject).length, 1);
  });
});

describe("the fake Resend honours Idempotency-Key as Resend does", () => {
  const resend = () => new Resend("re_test_integration", { baseUrl: fake.url });
  const message = (to: string, text: string) => ({ from: "Petitions <petitions@example.org>", to, subject: "Idempotent", text });

  test("a batch: the same key and body answer as the first time and send nothing; other content is refused", async () => {
    const to = `idem.${randomUUID().slice(0, 8)}@signers.example`;
    const key = randomUUID();
    const first = await resend().batch.send([message(to, "one")], { idempotencyKey: key });
    const second = await resend().batch.send([message(to, "one")], { idempotencyKey: key });
    assert.deepEqual(second.data, first.data);
    const changed = await resend().batch.send([message(to, "two")], { idempotencyKey: key });
    assert.equal(changed.error?.name, "invalid_idempotent_request");
    assert.equal(fake.emails.filter((e) => e.to.includes(to)).length, 1);
  });

  test("a single email: the same", async () => {
    const to = `idem1.${randomUUID().slice(0, 8)}@signers.example`;
    const key = randomUUID();
    const first = await resend().emails.send(message(to, "one"), { idempotencyKey: key });
    const second = await resend().emails.send(message(to, "one"), { idempotencyKey: key });
    assert.equal(second.data?.id, first.data?.id);
    const changed = await resend().emails.send(message(to, "two"), { idempotencyKey: key });
    assert.equal(changed.error?.name, "invalid_idempotent_request");
    assert.equal(fake.emails.filter((e) => e.to.includes(to)).length, 1);
  });
});
