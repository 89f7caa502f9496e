import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, insertSignature, rows, schema, useIntegrationLifecycle } from "./support";

const { pruneSettledEmails } = await import("@/lib/email/outbox-pruning");
const { MAX_ATTEMPTS, scheduleRetry } = await import("@/lib/email/outbox-records");

// Issue #13: sent and failed messages are pruned after a while; a message given up on is erased
// like a sent one.

useIntegrationLifecycle();

async function outboxRow(values: Partial<typeof schema.emailOutbox.$inferInsert>, daysAgo: number) {
  const [row] = await getDb()
    .insert(schema.emailOutbox)
    .values({ kind: "confirm-signature", ...values })
    .returning({ id: schema.emailOutbox.id });
  await rows(sql`update email_outbox set created_at = now() - make_interval(days => ${daysAgo}) where id = ${row.id}`);
  return row.id;
}

describe("pruning the outbox", () => {
  test("deletes sent and failed messages older than 30 days, in batches; keeps pending ones, recent ones and updates' delivery rows", async () => {
    const campaign = await createTestCampaign();
    const signature = await insertSignature({ campaignId: campaign.id });
    const [mailing] = await getDb().insert(schema.campaignMailings).values({ campaignId: campaign.id, subject: "News", body: "Body" }).returning();
    const oldSent = [];
    for (let i = 0; i < 3; i++) oldSent.push(await outboxRow({ status: "sent", signatureId: signature.id }, 31));
    const oldFailed = await outboxRow({ status: "failed", signatureId: signature.id }, 40);
    const oldPending = await outboxRow({ status: "pending", signatureId: signature.id, payload: Buffer.from("sealed") }, 31);
    const recentSent = await outboxRow({ status: "sent", signatureId: signature.id }, 29);
    const mailingRow = await outboxRow({ status: "sent", kind: "mailing", mailingId: mailing.id, signatureId: signature.id }, 90);

    while ((await pruneSettledEmails(30, 2)) > 0) {}

    const left = new Set((await rows<{ id: string }>(sql`select id from email_outbox where signature_id = ${signature.id}`)).map((row) => row.id));
    for (const id of [...oldSent, oldFailed]) assert.ok(!left.has(id), "an old settled message is pruned");
    for (const id of [oldPending, recentSent, mailingRow]) assert.ok(left.has(id), "pending, recent and mailing rows stay");
  });

  test("a message given up on loses its payload, like a sent one", async () => {
    const id = await outboxRow({ status: "pending", payload: Buffer.from("sealed message"), attempts: MAX_ATTEMPTS }, 0);
    await scheduleRetry([{ id, attempts: MAX_ATTEMPTS }], "provider down");
    const [row] = await rows<{ status: string; payload: Buffer | null }>(sql`select status, payload from email_outbox where id = ${id}`);
    assert.deepEqual(row, { status: "failed", payload: null });
  });

  test("reads the partial index, oldest first", async () => {
    const [row] = await rows<{ "QUERY PLAN": unknown }>(sql`
      explain (format json)
      select id from email_outbox
       where status <> 'pending' and mailing_id is null and created_at < now() - make_interval(days => 30)
       order by created_at limit 1000`);
    assert.match(JSON.stringify(row["QUERY PLAN"]), /"Index Name":"email_outbox_done_idx"/);
  });
});
