import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, fake, getDb, linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature } = await import("@/lib/signing/mutations");
const { enqueueEmail } = await import("@/lib/email/outbox");
const { retryDelaySeconds, MAX_ATTEMPTS } = await import("@/lib/email/outbox-records");
const { unseal } = await import("@/lib/email/sealed-payload");
const { getTally } = await import("@/lib/tallies/queries");

useIntegrationLifecycle();

type OutboxRow = {
  id: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  last_error: string | null;
  payload: Buffer | null;
  sent_at: string | null;
  due_in_seconds: number;
  locked: boolean;
};

const outboxColumns = sql`id, status, attempts, last_error, payload, sent_at,
  extract(epoch from next_attempt_at - now())::float as due_in_seconds,
  coalesce(locked_until > now(), false) as locked`;

/** The outbox rows for the signature made with `email` on `campaignId`, oldest first. */
async function outboxFor(campaignId: string, email: string): Promise<OutboxRow[]> {
  return rows<OutboxRow>(sql`
    select ${outboxColumns} from email_outbox
     where signature_id = (select id from signatures where campaign_id = ${campaignId} and email = ${email})
     order by created_at`);
}

async function outboxRow(id: string): Promise<OutboxRow> {
  const [row] = await rows<OutboxRow>(sql`select ${outboxColumns} from email_outbox where id = ${id}`);
  return row;
}

/** Sends whatever is due, and waits out the background drain signCampaign starts, until nothing is in flight. */
/** Queues a test email outside any signature and returns its outbox id. */
async function enqueueTest(to: string): Promise<string> {
  await enqueueEmail(getDb(), { kind: "test", signatureId: null, message: { to, subject: "Hello", html: "<p>Hello</p>", text: "Hello" } });
  const [{ id }] = await rows<{ id: string }>(sql`
    select id from email_outbox where kind = 'test' and status = 'pending' order by created_at desc limit 1`);
  return id;
}

const makeDue = (id: string) => getDb().execute(sql`update email_outbox set next_attempt_at = now() where id = ${id}`);
const emailsTo = (address: string) => fake.emails.filter((email) => email.to.includes(address));

describe("email outbox", () => {
  test("a failed email send leaves the signature and retries it", async () => {
    await settleOutbox();
    const campaign = await createTestCampaign();
    const input = validSignature();
    fake.failNext(2);
    assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
    await settleOutbox();

    const [signature] = await rows<{ status: string }>(sql`
      select status from signatures where campaign_id = ${campaign.id} and email = ${input.email}`);
    assert.equal(signature?.status, "pending", "a send failure does not lose the signature");
    let [row] = await outboxFor(campaign.id, input.email);
    assert.equal(row.status, "pending");
    assert.equal(row.attempts, 1);
    assert.match(row.last_error ?? "", /Fake outage/);
    assert.ok(row.due_in_seconds > 1, `the retry waits (due in ${row.due_in_seconds}s)`);
    assert.ok(row.payload && row.payload.length > 0, "the message is kept for the retry");
    assert.equal(emailsTo(input.email).length, 0);

    await makeDue(row.id);
    await settleOutbox();
    row = await outboxRow(row.id);
    assert.equal(row.status, "pending");
    assert.equal(row.attempts, 2);
    assert.ok(row.due_in_seconds > 1);

    await makeDue(row.id);
    await settleOutbox();
    row = await outboxRow(row.id);
    assert.equal(row.status, "sent");
    assert.equal(row.attempts, 3);
    assert.equal(row.payload, null, "the message is erased once sent");
    assert.ok(row.sent_at && Math.abs(Date.now() - Date.parse(String(row.sent_at))) < 60_000, "sent_at is set");
    assert.equal(row.last_error, null);

    assert.equal(emailsTo(input.email).length, 1, "exactly one email reached the signer");
    const { confirm } = linksFor(input.email);
    assert.ok(confirm, "the email carries a /confirm/ link");
    assert.equal((await confirmSignature(confirm)).kind, "confirmed");
    assert.equal((await getTally(campaign.id)).online, 1);
  });

  test("a retry after an unrecorded success does not send twice: the batch keeps its Idempotency-Key", async () => {
    await settleOutbox();
    const to = `idem.${randomUUID().slice(0, 8)}@example.org`;
    const id = await enqueueTest(to);
    const [{ payload }] = await rows<{ payload: Buffer }>(sql`select payload from email_outbox where id = ${id}`);
    await settleOutbox();
    const [{ batch_id }] = await rows<{ batch_id: string }>(sql`select batch_id from email_outbox where id = ${id}`);
    assert.equal((await outboxRow(id)).status, "sent");
    assert.deepEqual(
      emailsTo(to).map((email) => email.idempotencyKey),
      [batch_id],
    );

    // The provider accepted it, but say the worker died before recording that: the row is due again.
    await getDb().execute(sql`
      update email_outbox set status = 'pending', payload = ${payload}, sent_at = null, next_attempt_at = now()
       where id = ${id}`);
    const requestsBefore = fake.requests;
    await settleOutbox();
    assert.equal(fake.requests, requestsBefore + 1, "the retry reached the provider");
    assert.equal((await outboxRow(id)).status, "sent");
    assert.equal(emailsTo(to).length, 1, "the provider recognised the key and sent nothing new");
  });

  test("many queued emails go out in one batch request", async () => {
    await settleOutbox();
    const addresses = Array.from({ length: 5 }, (_, i) => `batch${i}.${randomUUID().slice(0, 8)}@example.org`);
    for (const to of addresses) await enqueueTest(to);
    const requestsBefore = fake.requests;
    await settleOutbox();
    assert.equal(fake.requests, requestsBefore + 1);
    const keys = new Set(addresses.flatMap((to) => emailsTo(to).map((email) => email.idempotencyKey)));
    assert.equal(keys.size, 1, "one batch, one key");
    assert.equal(
      addresses.every((to) => emailsTo(to).length === 1),
      true,
    );
  });

  test("an address the provider refuses fails alone, and the rest of its batch is sent", async () => {
    await settleOutbox();
    const good = `good.${randomUUID().slice(0, 8)}@example.org`;
    const refused = `nobody.${randomUUID().slice(0, 8)}@rejected.example`;
    const goodId = await enqueueTest(good);
    const refusedId = await enqueueTest(refused);
    await settleOutbox();
    assert.equal((await outboxRow(goodId)).status, "sent");
    const row = await outboxRow(refusedId);
    assert.equal(row.status, "failed");
    assert.equal(row.payload, null, "a message that cannot be sent is not kept");
    assert.match(row.last_error ?? "", /refused/i);
    assert.equal(emailsTo(good).length, 1);
  });

  test("a message that cannot be decrypted fails alone, and the rest of its batch is sent", async () => {
    await settleOutbox();
    const good = `sealed.${randomUUID().slice(0, 8)}@example.org`;
    const goodId = await enqueueTest(good);
    const [{ id: brokenId }] = await rows<{ id: string }>(sql`
      insert into email_outbox (kind, payload) values ('test', ${Buffer.from("sealed under another secret")})
      returning id`);
    await settleOutbox();
    assert.equal((await outboxRow(goodId)).status, "sent");
    const broken = await outboxRow(brokenId);
    assert.equal(broken.status, "failed");
    assert.match(broken.last_error ?? "", /AUTH_SECRET/);
    assert.equal(emailsTo(good).length, 1);
  });

  test("a batch split after a crash is sent under a new key rather than stuck", async () => {
    await settleOutbox();
    const first = `split1.${randomUUID().slice(0, 8)}@example.org`;
    const second = `split2.${randomUUID().slice(0, 8)}@example.org`;
    const firstId = await enqueueTest(first);
    await enqueueTest(second);
    const [{ payload }] = await rows<{ payload: Buffer }>(sql`select payload from email_outbox where id = ${firstId}`);
    await settleOutbox();
    // Only one row of the sent batch comes back: the same key now names other content.
    await getDb().execute(sql`
      update email_outbox set status = 'pending', payload = ${payload}, sent_at = null, next_attempt_at = now()
       where id = ${firstId}`);
    await settleOutbox();
    assert.equal((await outboxRow(firstId)).status, "sent");
    assert.equal(emailsTo(first).length, 2, "sent again: the provider could not match the key to this content");
  });

  test("the outbox payload is not readable in the database", async () => {
    await settleOutbox();
    const campaign = await createTestCampaign();
    const input = validSignature();
    fake.failNext(1);
    await signCampaign(campaign.slug, input);
    await settleOutbox();
    const [queued] = await outboxFor(campaign.id, input.email);
    assert.ok(queued.payload, "the failed message is still queued");
    const stored = Buffer.from(queued.payload);

    await makeDue(queued.id);
    await settleOutbox();
    const { confirm, withdraw } = linksFor(input.email);
    assert.ok(confirm && withdraw);
    for (const secret of [input.email, input.email.split("@")[0], confirm, withdraw, input.fullName]) {
      assert.equal(stored.includes(secret), false, `the stored payload shows ${secret}`);
      assert.equal(stored.toString("latin1").toLowerCase().includes(secret.toLowerCase()), false);
    }
    // It is the message's template and inputs, sealed: the application can open it.
    const sealed = unseal<{ template: string; context: { to: string; confirmUrl: string } }>(stored);
    assert.equal(sealed.template, "confirm-signature");
    assert.equal(sealed.context.to, input.email);
    assert.ok(sealed.context.confirmUrl.endsWith(confirm));
  });

  test("a message that keeps failing is marked failed after the last attempt", async () => {
    await settleOutbox();
    await enqueueEmail(getDb(), {
      kind: "test-give-up",
      signatureId: null,
      message: { to: "nobody@example.org", subject: "Hello", html: "<p>Hello</p>", text: "Hello" },
    });
    const [{ id }] = await rows<{ id: string }>(sql`
      update email_outbox set attempts = ${MAX_ATTEMPTS - 2} where kind = 'test-give-up' and status = 'pending'
      returning id`);
    fake.failNext(2);
    await settleOutbox();
    assert.equal((await outboxRow(id)).status, "pending", `attempt ${MAX_ATTEMPTS - 1} still retries`);
    await makeDue(id);
    await settleOutbox();
    const row = await outboxRow(id);
    assert.equal(row.status, "failed");
    assert.equal(row.attempts, MAX_ATTEMPTS);
    await makeDue(id);
    await settleOutbox();
    assert.equal((await outboxRow(id)).attempts, MAX_ATTEMPTS, "a failed message is not tried again");
  });

  test("retryDelaySeconds grows from about 10 s and is capped at about an hour", () => {
    const within = (attempts: number, base: number) => {
      for (let i = 0; i < 50; i++) {
        const delay = retryDelaySeconds(attempts);
        assert.ok(delay >= base * 0.8 && delay <= base * 1.2, `attempt ${attempts}: ${delay}s is not about ${base}s`);
      }
    };
    within(1, 10);
    within(2, 20);
    within(3, 40);
    within(8, 1280);
    within(9, 2560);
    within(10, 3600);
    within(MAX_ATTEMPTS, 3600);
  });
});
