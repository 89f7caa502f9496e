import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { createTestCampaign, fake, getDb, insertSignature, linksFor, schema, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature } = await import("@/lib/signing/mutations");

useIntegrationLifecycle();

// Each signature records the language it was made in, and every later email to its owner is
// written in that language, with links that open the pages in it (issue #12).

const lastEmailTo = (address: string) => fake.emails.filter((email) => email.to.includes(address)).at(-1);
const localeOf = async (email: string) =>
  (await getDb().select({ locale: schema.signatures.locale }).from(schema.signatures).where(eq(schema.signatures.email, email)))[0]?.locale;

describe("the signer's language", () => {
  test("a French signature is recorded in French, and its confirmation email is French with /fr/ links", async () => {
    const campaign = await createTestCampaign({ title: "Des rivières propres" });
    const input = validSignature({ locale: "fr" });
    assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
    assert.equal(await localeOf(input.email), "fr");

    await settleOutbox(campaign.id);
    const email = lastEmailTo(input.email);
    assert.ok(email);
    assert.equal(email.subject, "Confirmez votre signature\u00a0: Des rivières propres");
    assert.ok(email.html.includes('<html lang="fr">'));
    assert.match(email.text, /http:\/\/petitions\.test\/fr\/confirm\/[A-Za-z0-9_-]{43}/);
    assert.match(email.text, /http:\/\/petitions\.test\/fr\/withdraw\/[A-Za-z0-9_-]{43}/);
  });

  test("signing again, from a page in another language, is answered in the signature's language", async () => {
    const campaign = await createTestCampaign();
    const input = validSignature({ locale: "fa" });
    await signCampaign(campaign.slug, input);
    await settleOutbox(campaign.id);
    const { confirm } = linksFor(input.email);
    assert.ok(confirm);
    assert.equal((await confirmSignature(confirm)).kind, "confirmed");

    assert.deepEqual(await signCampaign(campaign.slug, { ...input, locale: "en" }), { kind: "accepted" });
    await settleOutbox(campaign.id);
    const again = lastEmailTo(input.email);
    assert.ok(again);
    assert.match(again.subject, /^شما پیش‌تر امضا کرده‌اید/);
    assert.ok(again.html.includes('<html lang="fa" dir="rtl">'));
    assert.ok(again.text.includes(`http://petitions.test/fa/campaigns/${campaign.slug}`));
    assert.equal(await localeOf(input.email), "fa", "the stored language stays as the owner gave it");
  });

  test("without a language the signature is English, with the addresses English always had", async () => {
    const campaign = await createTestCampaign();
    const input = validSignature();
    await signCampaign(campaign.slug, input);
    assert.equal(await localeOf(input.email), "en");
    await settleOutbox(campaign.id);
    const email = lastEmailTo(input.email);
    assert.ok(email);
    assert.equal(email.subject, "Confirm your signature: Test campaign");
    assert.match(email.text, /http:\/\/petitions\.test\/confirm\/[A-Za-z0-9_-]{43}/);
  });

  test("an unknown language is refused, and the column refuses one too", async () => {
    const campaign = await createTestCampaign();
    const outcome = await signCampaign(campaign.slug, validSignature({ locale: "de" }));
    assert.equal(outcome.kind, "invalid");
    assert.deepEqual(Object.keys((outcome as { fieldErrors: object }).fieldErrors), ["locale"]);
    await assert.rejects(insertSignature({ campaignId: campaign.id, locale: "de" }), "the check constraint refuses it");
  });
});
