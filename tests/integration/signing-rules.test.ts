import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, fake, getDb, linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { createTokenPair } = await import("@/lib/signing/tokens");
const { getTally } = await import("@/lib/tallies/queries");

useIntegrationLifecycle();

type Campaign = Awaited<ReturnType<typeof createTestCampaign>>;
type SignatureRow = {
  id: string;
  status: string;
  full_name: string;
  country: string | null;
  city: string | null;
  postcode: string | null;
  office: string | null;
  municipality: string | null;
  show_name: boolean;
};

const signaturesOf = (campaignId: string) => rows<SignatureRow & { email: string }>(sql`select * from signatures where campaign_id = ${campaignId}`);

async function outboxSize(): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from email_outbox`);
  return n;
}

/** Sends what is due, and waits out the background drain signCampaign starts, until nothing is in flight. */
/** Signs, lets the email go out, and returns the links in the last email `inbox` received. */
async function sign(campaign: Campaign, input: Record<string, unknown>, inbox = String(input.email)) {
  assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
  await settleOutbox();
  return linksFor(inbox);
}

/** Runs `attempt` and checks it stored no signature for the campaign and queued no email at all. */
async function assertWritesNothing(campaign: Campaign | null, attempt: () => Promise<unknown>) {
  const before = await outboxSize();
  const result = await attempt();
  await settleOutbox();
  if (campaign) assert.equal((await signaturesOf(campaign.id)).length, 0, "no signature row");
  assert.equal(await outboxSize(), before, "no email queued");
  return result;
}

const emailsTo = (address: string) => fake.emails.filter((email) => email.to.includes(address));

describe("signing rules", () => {
  afterEach(() => settleOutbox());

  const invalidInputs: [string, Record<string, unknown>, string][] = [
    ["a missing name", { fullName: undefined }, "fullName"],
    ["a blank name", { fullName: "   " }, "fullName"],
    ["a malformed email", { email: "ada.example.org" }, "email"],
    ["a control character in the name", { fullName: "Ada\u0000" }, "fullName"],
    ["a name of 101 characters", { fullName: "A".repeat(101) }, "fullName"],
    ["no consent", { consent: false }, "consent"],
    ["a missing required country", { country: "" }, "country"],
    ["a country not in the list", { country: "XX" }, "country"],
  ];
  for (const [label, overrides, field] of invalidInputs) {
    test(`${label} is invalid (${field}) and writes nothing`, async () => {
      const campaign = await createTestCampaign();
      const outcome = await assertWritesNothing(campaign, () => signCampaign(campaign.slug, validSignature(overrides)));
      assert.equal((outcome as { kind: string }).kind, "invalid");
      assert.deepEqual(Object.keys((outcome as { fieldErrors: object }).fieldErrors), [field]);
    });
  }

  const unsignable: [string, Parameters<typeof createTestCampaign>[0] | null, string][] = [
    ["an unknown campaign", null, "not-found"],
    ["a draft campaign", { status: "draft" }, "not-found"],
    ["an archived campaign", { status: "archived" }, "not-found"],
    ["a closed campaign", { status: "closed" }, "closed"],
    ["a campaign past its closing time", { closesAt: new Date(Date.now() - 60_000) }, "closed"],
    ["a campaign not open yet", { opensAt: new Date(Date.now() + 3_600_000) }, "closed"],
  ];
  for (const [label, options, kind] of unsignable) {
    test(`signing ${label} answers ${kind} and writes nothing`, async () => {
      const campaign = options ? await createTestCampaign(options) : null;
      const slug = campaign?.slug ?? "no-such-campaign";
      assert.deepEqual(await assertWritesNothing(campaign, () => signCampaign(slug, validSignature())), { kind });
    });
  }

  test("a filled honeypot answers accepted and writes and sends nothing", async () => {
    const campaign = await createTestCampaign();
    const input = validSignature({ website: "http://spam" });
    assert.deepEqual(await assertWritesNothing(campaign, () => signCampaign(campaign.slug, input)), { kind: "accepted" });
    assert.equal(emailsTo(input.email).length, 0);
  });

  test("fields the campaign does not ask for are not stored; 100-character names are", async () => {
    const campaign = await createTestCampaign();
    const input = validSignature({ fullName: "N".repeat(100), city: "", postcode: "75005", office: "mayor", municipality: "Paris" });
    await sign(campaign, input);
    const [row] = await signaturesOf(campaign.id);
    assert.equal(row.full_name, input.fullName);
    assert.deepEqual([row.country, row.city, row.postcode, row.office, row.municipality], ["GB", null, null, null, null]);
  });

  test("signing again while pending sends a fresh confirmation link that replaces the old one, and keeps the stored details", async () => {
    const campaign = await createTestCampaign();
    const tag = campaign.slug.slice(-8);
    const first = validSignature({ email: `ada.${tag}@gmail.com`, fullName: "Ada Lovelace", city: "London" });
    const oldLinks = await sign(campaign, first);
    // The same Gmail mailbox, written differently.
    const again = { ...first, email: `Ada${tag}+again@googlemail.com`, fullName: "Mallory", country: "FR", city: "Lyon" };
    const newLinks = await sign(campaign, again, first.email);

    assert.equal(emailsTo(first.email).length, 2, "the owner's own address gets the fresh links");
    assert.equal(emailsTo(again.email).length, 0, "nothing goes to the address as typed the second time");
    assert.ok(newLinks.confirm && newLinks.confirm !== oldLinks.confirm);
    assert.deepEqual(await confirmSignature(oldLinks.confirm!), { kind: "invalid" }, "the old link no longer works");
    // The old withdrawal link keeps working (issue #13, finding 13): tests/integration/withdrawal-links.test.ts.
    assert.equal((await confirmSignature(newLinks.confirm)).kind, "confirmed");

    const stored = await signaturesOf(campaign.id);
    assert.equal(stored.length, 1);
    assert.deepEqual([stored[0].full_name, stored[0].country, stored[0].city], ["Ada Lovelace", "GB", "London"]);
    assert.equal((await getTally(campaign.id)).online, 1);
  });

  test("signing again once confirmed sends an 'already signed' email and counts nothing more", async () => {
    const campaign = await createTestCampaign();
    const input = validSignature();
    assert.equal((await confirmSignature((await sign(campaign, input)).confirm!)).kind, "confirmed");
    const links = await sign(campaign, { ...input, fullName: "Someone Else" });

    const last = emailsTo(input.email).at(-1)!;
    assert.match(last.subject, /already signed/i);
    assert.equal(links.confirm, undefined, "no confirmation link in the notice");
    assert.equal((await getTally(campaign.id)).online, 1);
    assert.equal((await signaturesOf(campaign.id))[0].full_name, input.fullName);
    assert.equal((await withdrawSignature(links.withdraw!)).kind, "withdrawn", "the notice's withdrawal link works");
  });

  test("after 3 repeat notices in a day no further email is queued", async () => {
    const campaign = await createTestCampaign();
    const input = validSignature();
    for (let i = 0; i < 6; i++) await sign(campaign, input);
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from email_outbox
      where signature_id = (select id from signatures where campaign_id = ${campaign.id})`);
    assert.equal(n, 4, "the first confirmation email and 3 notices");
    assert.equal(emailsTo(input.email).length, 4);
  });

  test("an expired confirmation link answers expired and does not count", async () => {
    const campaign = await createTestCampaign();
    const { confirm } = await sign(campaign, validSignature());
    await getDb().execute(sql`update signatures set confirm_expires_at = now() - interval '1 minute'
      where campaign_id = ${campaign.id}`);
    assert.deepEqual(await confirmSignature(confirm!), { kind: "expired", campaignSlug: campaign.slug });
    assert.equal((await getTally(campaign.id)).online, 0);
    assert.equal((await signaturesOf(campaign.id))[0].status, "pending");
  });

  for (const [label, change] of [
    ["closed", sql`status = 'closed'`],
    ["past its closing time", sql`closes_at = now() - interval '1 minute'`],
  ] as const) {
    test(`confirming after the campaign is ${label} answers closed and does not count`, async () => {
      const campaign = await createTestCampaign();
      const { confirm } = await sign(campaign, validSignature());
      await getDb().execute(sql`update campaigns set ${change} where id = ${campaign.id}`);
      assert.deepEqual(await confirmSignature(confirm!), { kind: "closed", campaignSlug: campaign.slug });
      assert.equal((await getTally(campaign.id)).online, 0);
    });
  }

  test("malformed and unknown tokens are invalid for confirm and withdraw", async () => {
    const { confirm, withdraw } = createTokenPair();
    const token = confirm.token;
    for (const bad of ["", "abc", token.slice(1), `${token}A`, `${token.slice(1)}+`, `${token.slice(1)}/`, withdraw.token]) {
      assert.deepEqual(await confirmSignature(bad), { kind: "invalid" }, `confirm ${JSON.stringify(bad)}`);
      assert.deepEqual(await withdrawSignature(bad), { kind: "invalid" }, `withdraw ${JSON.stringify(bad)}`);
    }
  });

  test("a declaration requires office and municipality", async () => {
    const fields = { country: "required", city: "off", postcode: "off", office: "required", municipality: "required" } as const;
    const campaign = await createTestCampaign({ kind: "declaration", signerFields: fields });
    const missing = await assertWritesNothing(campaign, () => signCampaign(campaign.slug, validSignature()));
    assert.deepEqual(Object.keys((missing as { fieldErrors: object }).fieldErrors).sort(), ["municipality", "office"]);
    const unknownOffice = await signCampaign(campaign.slug, validSignature({ office: "emperor", municipality: "Paris" }));
    assert.deepEqual(Object.keys((unknownOffice as { fieldErrors: object }).fieldErrors), ["office"]);

    await sign(campaign, validSignature({ office: "mayor", municipality: "Paris", city: "Paris" }));
    const [row] = await signaturesOf(campaign.id);
    assert.deepEqual([row.office, row.municipality, row.city], ["mayor", "Paris", null]);
  });

  test("showName is stored only when the campaign lists names publicly", async () => {
    for (const listNamesPublicly of [false, true]) {
      const campaign = await createTestCampaign({ listNamesPublicly });
      await sign(campaign, validSignature({ showName: true }));
      assert.equal((await signaturesOf(campaign.id))[0].show_name, listNamesPublicly);
    }
  });
});
