import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";

const { getDb, schema, useIntegrationLifecycle } = await import("./support");
const { createCampaignAs, updateCampaignAs } = await import("@/lib/campaigns/commands");
const { campaignForm } = await import("./campaigns-support");

useIntegrationLifecycle();

const { useCallers } = await import("./organizer-actors");
const callers = useCallers();

// What a save lists as changed, in its answer and in its audit entry (issue #11): each setting
// compared by value. The signer field rules come back from PostgreSQL's jsonb with their keys in
// another order than the form sends them, and were listed as changed on every save.

/** A draft made through the form, as an organizer makes one, and the form that would save it unchanged. */
async function draftFromForm(overrides: Record<string, string | undefined> = {}) {
  const form = campaignForm({
    signerCountry: "required",
    signerCity: "optional",
    signerPostcode: "optional",
    signerOffice: "off",
    signerMunicipality: "off",
    opensAt: "2030-01-01T09:00",
    closesAt: "2099-05-01T18:30",
    milestones: "7500, 10000",
    ...overrides,
  });
  const created = await createCampaignAs(callers.owner, form);
  assert.ok(created.ok, JSON.stringify(created));
  const [campaign] = await getDb().select().from(schema.campaigns).where(eq(schema.campaigns.slug, form.slug));
  return { campaign, form: { ...form, campaignSlug: form.slug } };
}

async function auditedChanges(campaignId: string): Promise<string[][]> {
  const entries = await getDb().select().from(schema.auditLog).where(eq(schema.auditLog.campaignId, campaignId)).orderBy(schema.auditLog.id);
  return entries.filter((entry) => entry.action === "campaign.update").map((entry) => (entry.details as { changed: string[] }).changed);
}

describe("what a save records as changed", () => {
  test("changing the title lists the title alone, not the signer fields it left as they were", async () => {
    const { campaign, form } = await draftFromForm();
    const result = await updateCampaignAs(callers.owner, { ...form, title: "A clearer title" });
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value.changed, ["title"]);
    assert.deepEqual(await auditedChanges(campaign.id), [["title"]]);
  });

  test("saving the form as it was changes nothing and writes no audit entry", async () => {
    const { campaign, form } = await draftFromForm({ kind: "declaration" });
    const result = await updateCampaignAs(callers.owner, form);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value.changed, []);
    assert.deepEqual(await auditedChanges(campaign.id), []);
    const [row] = await getDb().select().from(schema.campaigns).where(eq(schema.campaigns.id, campaign.id));
    assert.equal(row.updatedAt.getTime(), campaign.updatedAt.getTime(), "the row is not rewritten");
  });

  test("changing one signer field's rule lists the signer fields", async () => {
    const { campaign, form } = await draftFromForm();
    const result = await updateCampaignAs(callers.owner, { ...form, signerPostcode: "required" });
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value.changed, ["signerFields"]);
    assert.deepEqual(await auditedChanges(campaign.id), [["signerFields"]]);
  });

  test("decision makers in another order count as changed; the same milestones and closing date do not", async () => {
    const { campaign, form } = await draftFromForm();
    const reordered = {
      ...form,
      decisionMakers: "UN High Commissioner for Human Rights\r\nUN Human Rights Council",
      milestones: "7500, 10000",
      closesAt: "2099-05-01T18:30",
    };
    const result = await updateCampaignAs(callers.owner, reordered);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value.changed, ["decisionMakers"]);
    assert.deepEqual(await auditedChanges(campaign.id), [["decisionMakers"]]);
  });
});
