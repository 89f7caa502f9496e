import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, fake, linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

// The consent a signer gave, recorded with its version, on every path a signature comes in by; and
// OSDI signatures, whose standard has no consent field, taken without consent and counted only once
// their owner gives it on the confirmation page (issue #13).

const { signCampaign, confirmSignature } = await import("@/lib/signing/mutations");
const { confirmFormSchema } = await import("@/lib/signing/schema");
const { findSignatureByConfirmToken } = await import("@/lib/signing/queries");
const { CURRENT_CONSENT_VERSION } = await import("@/lib/signing/consent");
const { getTally } = await import("@/lib/tallies/queries");
const { signatureExportStream } = await import("@/lib/exports/signature-export");
const { parseCsv } = await import("@/lib/offline/csv-parse");
const { translatorFor } = await import("@/lib/i18n/translator");
const signaturesRoute = await import("@/app/api/v1/campaigns/[slug]/signatures/route");
const confirmationsRoute = await import("@/app/api/v1/confirmations/route");
const helperRoute = await import("@/app/api/osdi/v1/petitions/[id]/signatures/helper/route");

useIntegrationLifecycle();

const APP_URL = "http://petitions.test";
const english = translatorFor("en") as unknown as (key: string) => string;
const uniqueEmail = () => `consent.${randomUUID().slice(0, 8)}@example.org`;

type ConsentRow = { status: string; consented_at: Date | null; consent_version: string | null };
async function consentOf(email: string): Promise<ConsentRow> {
  const [row] = await rows<ConsentRow>(sql`select status, consented_at, consent_version from signatures where email = ${email}`);
  assert.ok(row, `a signature for ${email}`);
  return row;
}

function postJson(url: string, body: unknown): Request {
  return new Request(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

const signByApi = (slug: string, body: unknown) =>
  signaturesRoute.POST(postJson(`${APP_URL}/api/v1/campaigns/${slug}/signatures`, body), { params: Promise.resolve({ slug }) });
const confirmByApi = (body: unknown) => confirmationsRoute.POST(postJson(`${APP_URL}/api/v1/confirmations`, body));

/** The OSDI Record Signature Helper, as a client that follows the standard calls it: no consent field. */
function signByOsdi(campaignId: string, email: string, extra: Record<string, unknown> = {}) {
  const body = {
    person: {
      given_name: "Ada",
      family_name: "Lovelace",
      email_addresses: [{ address: email, primary: true }],
      postal_addresses: [{ locality: "London", country: "GB" }],
    },
    ...extra,
  };
  const request = postJson(`${APP_URL}/api/osdi/v1/petitions/${campaignId}/signatures/helper`, body);
  return helperRoute.POST(request, { params: Promise.resolve({ id: campaignId }) });
}

async function confirmTokenFor(email: string, campaignId: string): Promise<string> {
  await settleOutbox(campaignId);
  const { confirm } = linksFor(email);
  assert.ok(confirm, `a confirmation email reached ${email}`);
  return confirm;
}

describe("the consent version is stored with every signature", () => {
  test("the sign form and the widget (one server action, form-encoded values)", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    const outcome = await signCampaign(campaign.slug, { ...validSignature({ email }), consent: "on", optInUpdates: "on", locale: "fr" });
    assert.deepEqual(outcome, { kind: "accepted" });
    const row = await consentOf(email);
    assert.equal(row.consent_version, CURRENT_CONSENT_VERSION);
    assert.ok(row.consented_at, "the time of consent");
  });

  test("the JSON API", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    assert.equal((await signByApi(campaign.slug, validSignature({ email }))).status, 202);
    const row = await consentOf(email);
    assert.equal(row.consent_version, CURRENT_CONSENT_VERSION);
    assert.ok(row.consented_at);
  });

  test("the JSON API still refuses a signature without consent", async () => {
    const campaign = await createTestCampaign();
    const response = await signByApi(campaign.slug, validSignature({ consent: false }));
    assert.equal(response.status, 400);
    assert.ok((await response.json()).fieldErrors.consent);
    assert.equal((await rows(sql`select 1 from signatures where campaign_id = ${campaign.id}`)).length, 0);
  });

  test("OSDI, when the client states the person's consent", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    assert.equal((await signByOsdi(campaign.id, email, { "petitions_app:consent": true })).status, 202);
    const row = await consentOf(email);
    assert.equal(row.consent_version, CURRENT_CONSENT_VERSION);
    assert.ok(row.consented_at);
  });

  test("the organizers' export shows when each signer consented and to which version", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    await signCampaign(campaign.slug, validSignature({ email }));
    await signByOsdi(campaign.id, uniqueEmail());
    const text = await new Response(signatureExportStream(campaign.id, { includeInvalidated: false })).text();
    const parsed = parseCsv(text.replace(/^\ufeff/, ""));
    assert.ok(parsed.ok);
    const [header, ...records] = parsed.records;
    const at = (column: string) => header.cells.indexOf(column);
    assert.ok(at("consented_at") >= 0 && at("consent_version") >= 0, "both columns are exported");
    const versions = records.map((record) => record.cells[at("consent_version")]).sort();
    assert.deepEqual(versions, ["", CURRENT_CONSENT_VERSION], "the OSDI signature has no consent yet");
    const consented = records.find((record) => record.cells[at("consent_version")] !== "");
    assert.match(consented?.cells[at("consented_at")] ?? "", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});

describe("OSDI signatures without consent", () => {
  test("are accepted as pending with no consent recorded, and their email says consent will be asked", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    const response = await signByOsdi(campaign.id, email);
    assert.equal(response.status, 202);
    assert.deepEqual(await consentOf(email), { status: "pending", consented_at: null, consent_version: null });

    await settleOutbox(campaign.id);
    const message = fake.emails.find((sent) => sent.to.includes(email));
    assert.ok(message?.text.includes(english("signing.email.confirm.consentAsked")), "the email says consent will be asked");
    assert.ok(message?.text.includes(`${APP_URL}/campaigns/${campaign.slug}/privacy`), "and links to the campaign's privacy page");
    assert.equal((await getTally(campaign.id)).online, 0);
  });

  test("a signature given with consent gets an email that does not ask for it again", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    await signCampaign(campaign.slug, validSignature({ email }));
    await settleOutbox(campaign.id);
    const message = fake.emails.find((sent) => sent.to.includes(email));
    assert.ok(message);
    assert.ok(!message.text.includes(english("signing.email.confirm.consentAsked")));
  });

  // The page's server action refusing a post without the box, with its message, is in the browser
  // test (tests/e2e/consent.spec.ts): the action needs Next.js's request context.
  test("cannot be confirmed without consent: not by the mutation the page's action calls, nor by the JSON API", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    await signByOsdi(campaign.id, email);
    const token = await confirmTokenFor(email, campaign.id);

    const page = await findSignatureByConfirmToken(token);
    assert.equal(page?.consentRequired, true, "the confirmation page shows the consent box");

    assert.deepEqual(await confirmSignature(token), { kind: "consent-required", campaignSlug: campaign.slug });
    // The page's form posted without the box ticked (no JavaScript, or a forged post) reads as no consent.
    for (const consent of [null, "", "off", "yes"]) {
      const form = confirmFormSchema.parse({ token, consent });
      assert.equal(form.consent, false, `consent ${JSON.stringify(consent)}`);
      assert.equal((await confirmSignature(form.token, { consent: form.consent })).kind, "consent-required");
    }
    assert.equal(confirmFormSchema.parse({ token, consent: "on" }).consent, true, "a ticked box");
    const api = await confirmByApi({ token });
    assert.equal(api.status, 409);
    assert.equal((await api.json()).error, "consent_required");

    assert.deepEqual(await consentOf(email), { status: "pending", consented_at: null, consent_version: null });
    assert.equal((await getTally(campaign.id)).online, 0, "nothing counts without consent");
  });

  test("counts once confirmed with consent, which is recorded then, once", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    await signByOsdi(campaign.id, email);
    const token = await confirmTokenFor(email, campaign.id);

    assert.deepEqual(await confirmSignature(token, { consent: true }), { kind: "confirmed", campaignSlug: campaign.slug });
    const row = await consentOf(email);
    assert.equal(row.status, "confirmed");
    assert.equal(row.consent_version, CURRENT_CONSENT_VERSION);
    assert.ok(row.consented_at);
    assert.equal((await getTally(campaign.id)).online, 1);

    assert.deepEqual(await confirmSignature(token, { consent: true }), { kind: "already-confirmed", campaignSlug: campaign.slug });
    assert.equal((await getTally(campaign.id)).online, 1, "counted once");
    assert.deepEqual((await consentOf(email)).consented_at, row.consented_at, "the consent keeps its first time");
  });

  test("the JSON API confirms with consent: true", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    await signByOsdi(campaign.id, email);
    const token = await confirmTokenFor(email, campaign.id);
    const response = await confirmByApi({ token, consent: true });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).status, "confirmed");
    assert.equal((await consentOf(email)).consent_version, CURRENT_CONSENT_VERSION);
    assert.equal((await getTally(campaign.id)).online, 1);
  });

  test("a signature that consented when signing confirms as before, with no box, and keeps its consent", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    await signCampaign(campaign.slug, validSignature({ email }));
    const before = await consentOf(email);
    const token = await confirmTokenFor(email, campaign.id);
    assert.equal((await findSignatureByConfirmToken(token))?.consentRequired, false, "no consent box on its page");
    assert.deepEqual(await confirmSignature(token), { kind: "confirmed", campaignSlug: campaign.slug });
    const after = await consentOf(email);
    assert.deepEqual(after.consented_at, before.consented_at);
    assert.equal(after.consent_version, CURRENT_CONSENT_VERSION);
    assert.equal((await getTally(campaign.id)).online, 1);
  });

  test("an expired link stays expired, with or without consent", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    await signByOsdi(campaign.id, email);
    const token = await confirmTokenFor(email, campaign.id);
    await rows(sql`update signatures set confirm_expires_at = now() - interval '1 minute' where email = ${email}`);
    assert.equal((await confirmSignature(token, { consent: true })).kind, "expired");
    assert.deepEqual(await consentOf(email), { status: "pending", consented_at: null, consent_version: null });
  });
});
