import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import {
  createTestCampaign,
  fake,
  getDb,
  insertSignature,
  linksFor,
  rows,
  schema,
  settleOutbox,
  useIntegrationLifecycle,
  validSignature,
} from "./support";

const { requestManageLink, withdrawWithAccessLink, setUpdatesWithAccessLink } = await import("@/lib/my-signatures/mutations");
const { findSignerAccess, listMySignatures } = await import("@/lib/my-signatures/queries");
const { signCampaign, confirmSignature } = await import("@/lib/signing/mutations");
const { getTally } = await import("@/lib/tallies/queries");
const { GET: downloadMyData } = await import("@/app/[locale]/(public)/signatures/manage/[token]/data/route");

// "Manage my signatures" (issue #13): a signer asks for a link by address, and the link shows,
// withdraws, opts in or out of, and exports every signature made with it, and nothing else.

useIntegrationLifecycle();

const address = (name = "signer") => `${name}.${randomUUID().slice(0, 8)}@example.org`;
/** A client of its own per test, so the per-client limit of one test does not hold back another. */
const client = () => `198.51.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const MANAGE_LINK = /\/signatures\/manage\/([A-Za-z0-9_-]{43})/;

/** Asks for a link and returns the token the address was emailed, or null when it got none. */
async function askForLink(email: string, locale: "en" | "fr" | "fa" = "en"): Promise<string | null> {
  const before = fake.emails.length;
  assert.deepEqual(await requestManageLink(email, client(), locale), { kind: "sent" });
  await settleOutbox();
  const mine = fake.emails.slice(before).filter((message) => message.to.includes(email));
  assert.ok(mine.length <= 1, "one email per request at most");
  if (mine.length === 0) return null;
  const token = MANAGE_LINK.exec(mine[0].text)?.[1];
  assert.ok(token, "the email carries the link");
  assert.ok(mine[0].html.includes(token), "in its HTML part too");
  return token;
}

/** Signs and confirms with `email`, through the real flow, so the signature is counted. */
async function signedAndConfirmed(email: string, overrides: Record<string, unknown> = {}) {
  const campaign = await createTestCampaign();
  assert.equal((await signCampaign(campaign.slug, validSignature({ email, ...overrides }))).kind, "accepted");
  await settleOutbox();
  assert.equal((await confirmSignature(linksFor(email).confirm!)).kind, "confirmed");
  return campaign;
}

async function accessTokenCount(): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from signer_access_tokens`);
  return n;
}

async function download(token: string, locale = "en") {
  return downloadMyData(new Request(`http://petitions.test/${locale}/signatures/manage/${token}/data`), {
    params: Promise.resolve({ locale, token }),
  });
}

describe("asking for a link", () => {
  afterEach(() => settleOutbox());

  test("an address that signed and one that did not get the same answer; only the first is emailed", async () => {
    const signer = address();
    await insertSignature({ campaignId: (await createTestCampaign()).id, email: signer, emailCanonical: signer });
    const stranger = address("stranger");
    const tokensBefore = await accessTokenCount();

    const known = await requestManageLink(signer, client(), "en");
    const unknown = await requestManageLink(stranger, client(), "en");
    assert.deepEqual(known, unknown);
    await settleOutbox();

    assert.equal(fake.emails.filter((message) => message.to.includes(signer)).length, 1);
    assert.equal(fake.emails.filter((message) => message.to.includes(stranger)).length, 0, "an address that signed nothing gets no email");
    assert.equal(await accessTokenCount(), tokensBefore + 1, "and leaves no row");
  });

  test("the link goes to the address typed, finds its signatures by canonical address, and only the token's hash is stored", async () => {
    const canonical = `adalovelace${randomUUID().slice(0, 6)}@gmail.com`;
    const typed = `Ada.Love.Lace${canonical.slice(11, 17)}+petitions@gmail.com`;
    await insertSignature({ campaignId: (await createTestCampaign()).id, email: canonical, emailCanonical: canonical });
    const token = await askForLink(typed);
    assert.ok(token);
    assert.equal(fake.emails.at(-1)?.to.join(), typed, "sent to the address typed, not the stored one");
    assert.equal((await findSignerAccess(token))?.emailCanonical, canonical);
    const stored = await rows<{ n: number }>(sql`select count(*)::int as n from signer_access_tokens where token_hash = ${Buffer.from(token)}`);
    assert.equal(stored[0].n, 0, "the token itself is never stored");
  });

  test("the email and the page speak the language the link was asked in", async () => {
    const email = address();
    const campaign = await createTestCampaign({ language: "en", title: "Free the press" });
    await getDb()
      .insert(schema.campaignTranslations)
      .values({
        campaignId: campaign.id,
        language: "fr",
        title: "Libérez la presse",
        summary: "s",
        statement: "s",
        decisionMakers: ["x"],
        sourceRevision: 1,
      });
    await insertSignature({ campaignId: campaign.id, email, emailCanonical: email });
    const token = await askForLink(email, "fr");
    const message = fake.emails.at(-1)!;
    assert.equal(message.subject, "Votre lien pour gérer vos signatures");
    assert.match(message.text, /http:\/\/petitions\.test\/fr\/signatures\/manage\//);
    const access = await findSignerAccess(token!);
    assert.equal(access?.locale, "fr");
    assert.equal((await listMySignatures(access!.emailCanonical, "fr"))[0].campaign.title, "Libérez la presse");
    assert.equal((await listMySignatures(access!.emailCanonical, "fa"))[0].campaign.title, "Free the press", "no Persian translation: the original");
  });

  test("signatures on an anonymised campaign never match", async () => {
    const email = address();
    const campaign = await createTestCampaign();
    const kept = await insertSignature({ campaignId: campaign.id, email, emailCanonical: email });
    // Anonymisation erases the address; even a row that still carried it would not match once the campaign is marked.
    await getDb().execute(sql`update campaigns set anonymised_at = now() where id = ${campaign.id}`);
    assert.equal(await askForLink(email), null, "no link, no email");
    await getDb().execute(sql`update signatures set email = '', email_canonical = ${`anonymised:${kept.id}`} where id = ${kept.id}`);
    assert.deepEqual(await listMySignatures(email, "en"), []);
    assert.deepEqual(await listMySignatures(`anonymised:${kept.id}`, "en"), [], "not even by the placeholder");
  });
});

describe("how often a link may be asked for", () => {
  test("one address: three in ten minutes, whoever asks and whether or not it signed, then the same refusal", async () => {
    for (const email of [address("limited"), address("limited-stranger")]) {
      const outcomes = [];
      for (let i = 0; i < 4; i++) outcomes.push((await requestManageLink(email, client(), "en")).kind);
      assert.deepEqual(outcomes, ["sent", "sent", "sent", "rate-limited"]);
    }
    await settleOutbox();
  });

  test("one client: twelve in ten minutes, whatever addresses it types", async () => {
    const from = client();
    const outcomes = [];
    for (let i = 0; i < 13; i++) outcomes.push((await requestManageLink(address("spray"), from, "en")).kind);
    assert.deepEqual(outcomes, [...Array(12).fill("sent"), "rate-limited"]);
    assert.equal((await requestManageLink(address(), client(), "en")).kind, "sent", "other clients are not held back");
  });

  test("a signer cannot be mailed more than three links in ten minutes by anyone", async () => {
    const email = address("target");
    await insertSignature({ campaignId: (await createTestCampaign()).id, email, emailCanonical: email });
    for (let i = 0; i < 6; i++) await requestManageLink(email, client(), "en");
    await settleOutbox();
    assert.equal(fake.emails.filter((message) => message.to.includes(email)).length, 3);
  });
});

describe("the link", () => {
  afterEach(() => settleOutbox());

  test("works several times within the hour, then expires; an expired link changes nothing", async () => {
    const email = address();
    const campaign = await signedAndConfirmed(email);
    const token = (await askForLink(email))!;
    const [{ expires_in }] = await rows<{ expires_in: number }>(sql`
      select extract(epoch from expires_at - created_at)::int as expires_in from signer_access_tokens where email_canonical = ${email}`);
    assert.equal(expires_in, 3600, "one hour");
    for (let i = 0; i < 3; i++) assert.ok(await findSignerAccess(token), "opening it again still works");

    await getDb().execute(sql`update signer_access_tokens set expires_at = now() - interval '1 second' where email_canonical = ${email}`);
    assert.equal(await findSignerAccess(token), null);
    const [signature] = await listMySignatures(email, "en");
    assert.deepEqual(await withdrawWithAccessLink(token, signature.id), { kind: "expired" });
    assert.deepEqual(await setUpdatesWithAccessLink(token, signature.id, true), { kind: "expired" });
    assert.equal((await getTally(campaign.id)).online, 1, "the signature still counts");
    assert.equal((await download(token)).status, 404);
  });

  test("never shows, withdraws or changes another address's signatures", async () => {
    const mine = address("mine");
    const theirs = address("theirs");
    const campaign = await createTestCampaign();
    await insertSignature({ campaignId: campaign.id, email: mine, emailCanonical: mine });
    const other = await insertSignature({
      campaignId: campaign.id,
      email: theirs,
      emailCanonical: theirs,
      optInUpdates: false,
      fullName: "Mallory Other",
    });
    const token = (await askForLink(mine))!;
    const access = (await findSignerAccess(token))!;

    const listed = await listMySignatures(access.emailCanonical, "en");
    assert.equal(listed.length, 1);
    assert.notEqual(listed[0].id, other.id);
    assert.deepEqual(await withdrawWithAccessLink(token, other.id), { kind: "gone" });
    assert.deepEqual(await setUpdatesWithAccessLink(token, other.id, true), { kind: "gone" });
    const [still] = await rows<{ opt_in_updates: boolean }>(sql`select opt_in_updates from signatures where id = ${other.id}`);
    assert.deepEqual(still, { opt_in_updates: false }, "their signature is untouched");

    const exported = await (await download(token)).text();
    assert.ok(!exported.includes(theirs) && !exported.includes("Mallory Other"), "their data is not in my download");
  });

  test("lists every signature of the address across campaigns, with what the signer would expect to see", async () => {
    const email = address();
    const confirmed = await createTestCampaign({ title: "Confirmed one" });
    const pending = await createTestCampaign({ title: "Pending one" });
    const held = await createTestCampaign({ title: "Held one" });
    const setAside = await createTestCampaign({ title: "Set aside one" });
    await insertSignature({
      campaignId: confirmed.id,
      email,
      emailCanonical: email,
      showName: true,
      fullName: "Ada Listed",
      comment: "Because.",
      optInUpdates: true,
    });
    await insertSignature({ campaignId: pending.id, email, emailCanonical: email, status: "pending" });
    await insertSignature({ campaignId: held.id, email, emailCanonical: email, status: "held", heldAt: new Date(), heldReason: "velocity" });
    await insertSignature({ campaignId: setAside.id, email, emailCanonical: email, status: "invalidated" });
    const byTitle = Object.fromEntries((await listMySignatures(email, "en")).map((signature) => [signature.campaign.title, signature]));
    assert.deepEqual(Object.keys(byTitle).sort(), ["Confirmed one", "Held one", "Pending one", "Set aside one"]);
    assert.equal(byTitle["Confirmed one"].status, "confirmed");
    assert.equal(byTitle["Confirmed one"].listedName, "Ada Listed");
    assert.equal(byTitle["Confirmed one"].comment, "Because.");
    assert.equal(byTitle["Confirmed one"].optInUpdates, true);
    assert.equal(byTitle["Pending one"].status, "pending");
    assert.equal(byTitle["Pending one"].listedName, null, "not listed");
    assert.equal(byTitle["Held one"].status, "confirmed", "a held signature reads as what the signer did (it was confirmed)");
    assert.equal(byTitle["Set aside one"].status, "set-aside");
  });
});

describe("changes from the page", () => {
  afterEach(() => settleOutbox());

  test("withdrawing a confirmed signature takes it off the count exactly once, and deletes it", async () => {
    const email = address();
    const campaign = await signedAndConfirmed(email);
    const token = (await askForLink(email))!;
    const [signature] = await listMySignatures(email, "en");
    assert.equal((await getTally(campaign.id)).online, 1);

    const outcomes = await Promise.all([withdrawWithAccessLink(token, signature.id), withdrawWithAccessLink(token, signature.id)]);
    assert.deepEqual(outcomes.map((outcome) => outcome.kind).sort(), ["done", "gone"], "a double submit withdraws once");
    assert.equal((await getTally(campaign.id)).online, 0);
    assert.deepEqual(await withdrawWithAccessLink(token, signature.id), { kind: "gone" });
    assert.equal((await getTally(campaign.id)).online, 0, "and never twice");
    assert.deepEqual(await listMySignatures(email, "en"), []);
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from signatures where campaign_id = ${campaign.id}`);
    assert.equal(n, 0);
  });

  test("updates by email turn on and off per campaign", async () => {
    const email = address();
    const first = await createTestCampaign();
    const second = await createTestCampaign();
    const a = await insertSignature({ campaignId: first.id, email, emailCanonical: email, optInUpdates: false });
    const b = await insertSignature({ campaignId: second.id, email, emailCanonical: email, optInUpdates: true });
    const token = (await askForLink(email))!;

    assert.deepEqual(await setUpdatesWithAccessLink(token, a.id, true), { kind: "done" });
    assert.deepEqual(await setUpdatesWithAccessLink(token, b.id, false), { kind: "done" });
    const optIns = await rows<{ id: string; opt_in_updates: boolean }>(sql`select id, opt_in_updates from signatures where id in (${a.id}, ${b.id})`);
    assert.deepEqual(Object.fromEntries(optIns.map((row) => [row.id, row.opt_in_updates])), { [a.id]: true, [b.id]: false });
  });

  test("opening the page and downloading the data change nothing", async () => {
    const email = address();
    await signedAndConfirmed(email, { optInUpdates: true });
    const token = (await askForLink(email))!;
    const snapshot = () =>
      rows(sql`select s.*, (select count(*) from signer_access_tokens where email_canonical = ${email}) as links
                 from signatures s where s.email_canonical = ${email}`);
    const before = await snapshot();
    for (let i = 0; i < 3; i++) {
      const access = await findSignerAccess(token);
      await listMySignatures(access!.emailCanonical, "en");
      assert.equal((await download(token)).status, 200);
    }
    assert.deepEqual(await snapshot(), before);
  });
});

describe("the data download", () => {
  afterEach(() => settleOutbox());

  test("holds every stored field about the signer, the consent's time and version among them, and no hash", async () => {
    const email = address();
    const campaign = await createTestCampaign({ title: "Data campaign" });
    await insertSignature({
      campaignId: campaign.id,
      email,
      emailCanonical: email,
      fullName: "Ada Data",
      country: "FR",
      city: "Lyon",
      comment: "My reason",
      optInUpdates: true,
      consentVersion: "2026-12-consent",
      ipHash: Buffer.alloc(32, 7),
      confirmTokenHash: Buffer.alloc(32, 8),
      utmSource: "newsletter",
    });
    const token = (await askForLink(email))!;
    const response = await download(token);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^application\/json/);
    assert.match(response.headers.get("content-disposition") ?? "", /^attachment;/);
    assert.equal(response.headers.get("cache-control"), "no-store");
    assert.equal(response.headers.get("referrer-policy"), "no-referrer");
    const data = (await response.json()) as { signatures: Record<string, unknown>[] };
    assert.equal(data.signatures.length, 1);
    const [signature] = data.signatures;
    for (const [field, value] of Object.entries({
      email,
      fullName: "Ada Data",
      country: "FR",
      city: "Lyon",
      comment: "My reason",
      optInUpdates: true,
      consentVersion: "2026-12-consent",
      status: "confirmed",
      utmSource: "newsletter",
      language: "en",
    })) {
      assert.deepEqual(signature[field], value, field);
    }
    assert.ok(typeof signature.consentedAt === "string" && !Number.isNaN(Date.parse(signature.consentedAt)), "the consent's time");
    assert.deepEqual(signature.campaign, { title: "Data campaign", url: `http://petitions.test/campaigns/${campaign.slug}` });
    const text = JSON.stringify(data);
    assert.doesNotMatch(text, /hash|token|ipHash|emailCanonical/i, "no internal hash or token, by name");
    assert.doesNotMatch(text, /"type":"Buffer"/, "nor by value");
  });

  test("a malformed or unknown token downloads nothing", async () => {
    assert.equal((await download("not-a-token")).status, 404);
    assert.equal((await download("A".repeat(43))).status, 404);
  });
});
