import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";

const { getDb, schema, useIntegrationLifecycle } = await import("./support");
const { changeCampaignStatusAs, createCampaignAs, postCampaignUpdateAs, updateCampaignAs } = await import("@/lib/campaigns/commands");
const { loadCampaignEditor, loadCampaignPreview, loadNewCampaign } = await import("@/lib/campaigns/page-data");
const { auditActions, campaignForm, campaignRow, campaignWithTeam, membership, uniqueSlug } = await import("./campaigns-support");

useIntegrationLifecycle();

const { ACTORS, useCallers } = await import("./organizer-actors");
type Actor = import("./organizer-actors").Actor;

// Who may do what with a campaign (issue #3): anyone signed in starts one; its viewers look;
// its editors, owners and admins change it; an organizer of another campaign is refused.
const EDITORS: Actor[] = ["editor", "owner", "admin"];
const VIEWERS: Actor[] = ["viewer", ...EDITORS];
const refusalFor = (actor: Actor) => (actor === "anonymous" ? "unauthenticated" : "forbidden");

const callers = useCallers();

/** The command was refused as `actor` should be, and the campaign and its audit log are as they were. */
async function assertRefusedUnchanged(result: unknown, actor: Actor, campaign: Awaited<ReturnType<typeof campaignWithTeam>>) {
  assert.deepEqual(result, { ok: false, error: refusalFor(actor) });
  assert.deepEqual(await campaignRow(campaign.id), campaign);
  assert.deepEqual(await auditActions(campaign.id), []);
}

describe("campaign pages' data, for every kind of caller", () => {
  for (const actor of ACTORS) {
    test(`${actor}: /organizer/campaigns/new ${actor === "anonymous" ? "sends to sign-in" : "is open"}`, async () => {
      const result = await loadNewCampaign(callers[actor], { event: "1988-massacre-commemoration-2017", call: "0" });
      if (actor === "anonymous") return assert.deepEqual(result, { ok: false, error: "unauthenticated" });
      assert.ok(result.ok);
      assert.equal(result.value.event?.slug, "1988-massacre-commemoration-2017");
      assert.match(result.value.prefill?.statement ?? "", /^We call on the UN Human Rights Council/);
    });

    test(`${actor}: the settings page ${VIEWERS.includes(actor) ? "opens" : "is refused"}, editable only for editors`, async () => {
      const campaign = await campaignWithTeam(callers, { status: "draft" });
      const result = await loadCampaignEditor(callers[actor], campaign.slug);
      if (!VIEWERS.includes(actor)) return assert.deepEqual(result, { ok: false, error: refusalFor(actor) });
      assert.ok(result.ok);
      assert.equal(result.value.campaign.id, campaign.id);
      assert.equal(result.value.access.edit, EDITORS.includes(actor));
      assert.deepEqual(
        result.value.lifecycle.map((a) => a.name),
        ["publish"],
      );
    });

    test(`${actor}: the preview of a draft ${VIEWERS.includes(actor) ? "shows its public content" : "is refused"}`, async () => {
      const campaign = await campaignWithTeam(callers, { status: "draft", title: "A draft to preview" });
      const result = await loadCampaignPreview(callers[actor], campaign.slug);
      if (!VIEWERS.includes(actor)) return assert.deepEqual(result, { ok: false, error: refusalFor(actor) });
      assert.ok(result.ok);
      assert.equal(result.value.campaign.title, "A draft to preview");
      assert.equal(result.value.campaign.tally.total, 0);
    });
  }

  test("an unknown campaign is a 404 to a signed-in caller and a sign-in to an anonymous one", async () => {
    for (const load of [loadCampaignEditor, loadCampaignPreview]) {
      assert.deepEqual(await load(callers.admin, "no-such-campaign"), { ok: false, error: "not-found" });
      assert.deepEqual(await load(callers.admin, "Not A Slug!"), { ok: false, error: "not-found" });
      assert.deepEqual(await load(null, "no-such-campaign"), { ok: false, error: "unauthenticated" });
    }
  });
});

describe("campaign commands, for every kind of caller", () => {
  for (const actor of ACTORS) {
    test(`${actor}: creating a campaign ${actor === "anonymous" ? "is refused" : "makes a draft they own"}`, async () => {
      const form = campaignForm();
      const result = await createCampaignAs(callers[actor], form);
      const [row] = await getDb().select().from(schema.campaigns).where(eq(schema.campaigns.slug, form.slug));
      if (actor === "anonymous") {
        assert.deepEqual(result, { ok: false, error: "unauthenticated" });
        return assert.equal(row, undefined, "no campaign is made");
      }
      assert.deepEqual(result, { ok: true, value: { slug: form.slug, version: row.updatedAt.toISOString() } });
      assert.equal(row.status, "draft");
      assert.equal(row.createdBy, callers[actor]!.id);
      assert.equal((await membership(row.id, callers[actor]!.id))?.role, "owner");
      assert.deepEqual(await auditActions(row.id), ["campaign.create"]);
    });

    test(`${actor}: saving the settings ${EDITORS.includes(actor) ? "changes them" : "is refused and changes nothing"}`, async () => {
      const campaign = await campaignWithTeam(callers, { status: "draft" });
      const form = campaignForm({ campaignSlug: campaign.slug, slug: campaign.slug, title: `Renamed by ${actor}` });
      const result = await updateCampaignAs(callers[actor], form);
      if (!EDITORS.includes(actor)) return assertRefusedUnchanged(result, actor, campaign);
      const row = await campaignRow(campaign.id);
      assert.equal(result.ok, true);
      assert.equal(row.title, `Renamed by ${actor}`);
      assert.deepEqual(await auditActions(campaign.id), ["campaign.update"]);
    });

    test(`${actor}: publishing ${EDITORS.includes(actor) ? "opens the campaign" : "is refused and changes nothing"}`, async () => {
      const campaign = await campaignWithTeam(callers, { status: "draft" });
      const result = await changeCampaignStatusAs(callers[actor], { campaignSlug: campaign.slug, transition: "publish" });
      if (!EDITORS.includes(actor)) return assertRefusedUnchanged(result, actor, campaign);
      const row = await campaignRow(campaign.id);
      assert.equal(result.ok, true);
      assert.equal(row.status, "open");
      assert.deepEqual(await auditActions(campaign.id), ["campaign.publish"]);
    });

    test(`${actor}: recording an outcome ${EDITORS.includes(actor) ? "publishes an update" : "is refused and changes nothing"}`, async () => {
      const campaign = await campaignWithTeam(callers, { status: "open" });
      const result = await postCampaignUpdateAs(callers[actor], {
        campaignSlug: campaign.slug,
        kind: "delivered",
        title: "Delivered",
        body: "We handed it in.",
      });
      const updates = await getDb().select().from(schema.campaignUpdates).where(eq(schema.campaignUpdates.campaignId, campaign.id));
      if (!EDITORS.includes(actor)) {
        assert.equal(updates.length, 0);
        return assertRefusedUnchanged(result, actor, campaign);
      }
      const row = await campaignRow(campaign.id);
      assert.equal(result.ok, true);
      assert.equal(row.outcome, "delivered");
      assert.equal(updates.length, 1);
      assert.equal(updates[0].authorId, callers[actor]!.id);
      assert.deepEqual(await auditActions(campaign.id), ["campaign.outcome"]);
    });
  }

  test("a command naming an unknown campaign is a 404, whoever asks", async () => {
    const slug = uniqueSlug("missing");
    assert.deepEqual(await updateCampaignAs(callers.admin, campaignForm({ campaignSlug: slug, slug })), { ok: false, error: "not-found" });
    assert.deepEqual(await changeCampaignStatusAs(callers.admin, { campaignSlug: slug, transition: "publish" }), { ok: false, error: "not-found" });
    assert.deepEqual(await postCampaignUpdateAs(callers.admin, { campaignSlug: slug, kind: "news", title: "t", body: "b" }), {
      ok: false,
      error: "not-found",
    });
    assert.deepEqual(await changeCampaignStatusAs(callers.admin, { transition: "publish" }), { ok: false, error: "not-found" });
  });
});
