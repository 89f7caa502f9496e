import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq, sql } from "drizzle-orm";
import { inEnglish as english } from "../fixtures/english";

const { getDb, rows, schema, useIntegrationLifecycle } = await import("./support");
const { changeCampaignStatusAs, postCampaignUpdateAs, updateCampaignAs } = await import("@/lib/campaigns/commands");
const { closeDueCampaigns } = await import("@/lib/campaigns/mutations");
const { loadCampaignEditor } = await import("@/lib/campaigns/page-data");
const { getPublicCampaign, listCampaignUpdates } = await import("@/lib/campaigns/queries");
const { isAcceptingSignatures } = await import("@/lib/campaigns/status");
const { auditActions, campaignForm, campaignRow, campaignWithTeam, inAnHour } = await import("./campaigns-support");

useIntegrationLifecycle();

const { useCallers } = await import("./organizer-actors");
const callers = useCallers();

const act = (campaignSlug: string, transition: string) => changeCampaignStatusAs(callers.editor, { campaignSlug, transition });

async function assertRefused(campaignSlug: string, transition: string, reason: RegExp) {
  const [before] = await getDb().select().from(schema.campaigns).where(eq(schema.campaigns.slug, campaignSlug));
  const result = await act(campaignSlug, transition);
  assert.ok(!result.ok && result.error === "invalid", `${transition} is refused: ${JSON.stringify(result)}`);
  assert.match(english(result.fieldErrors.form), reason);
  assert.deepEqual(await campaignRow(before.id), before, "nothing changed");
}

/** Gives the campaign `n` confirmed online signatures in its tally. */
const countSignatures = (campaignId: string, n: number) =>
  getDb().execute(sql`insert into tally_shards (campaign_id, shard, confirmed) values (${campaignId}, 0, ${n})`);

describe("the lifecycle: draft → open → closed → archived", () => {
  test("a draft without a statement cannot be published; with one, publishing opens it", async () => {
    const campaign = await campaignWithTeam(callers, { status: "draft", statement: "  ", decisionMakers: [] });
    await assertRefused(campaign.slug, "publish", /statement.*decision maker/);
    await updateCampaignAs(callers.editor, campaignForm({ campaignSlug: campaign.slug, slug: campaign.slug }));
    const result = await act(campaign.slug, "publish");
    assert.deepEqual(result, { ok: true, value: { slug: campaign.slug, status: "open", transition: "publish", eventId: null } });
    const row = await campaignRow(campaign.id);
    assert.ok(row.publishedAt && Date.now() - row.publishedAt.getTime() < 60_000);
    assert.ok(isAcceptingSignatures(row));
    assert.ok(await getPublicCampaign(campaign.slug), "the public page shows it");
    await assertRefused(campaign.slug, "publish", /open cannot be published/);
    assert.deepEqual(await auditActions(campaign.id), ["campaign.update", "campaign.publish"]);
  });

  test("a draft whose closing date has passed cannot be published", async () => {
    const campaign = await campaignWithTeam(callers, { status: "draft", closesAt: new Date(Date.now() - 60_000) });
    await assertRefused(campaign.slug, "publish", /closing date has passed/);
  });

  test("close now, reopen, archive and restore, each allowed only from its status", async () => {
    const campaign = await campaignWithTeam(callers, { status: "open" });
    await countSignatures(campaign.id, 42);
    await assertRefused(campaign.slug, "reopen", /open cannot be reopened/);
    await assertRefused(campaign.slug, "restore", /open cannot be restored/);

    assert.equal((await act(campaign.slug, "close")).ok, true);
    let row = await campaignRow(campaign.id);
    assert.equal(row.status, "closed");
    assert.ok(row.closedAt);
    const closed = await getPublicCampaign(campaign.slug);
    assert.equal(closed?.tally.total, 42, "the count stays visible once closed");
    assert.equal(isAcceptingSignatures(closed!), false);

    assert.equal((await act(campaign.slug, "reopen")).ok, true);
    row = await campaignRow(campaign.id);
    assert.equal(row.status, "open");
    assert.equal(row.closedAt, null);

    assert.equal((await act(campaign.slug, "archive")).ok, true);
    row = await campaignRow(campaign.id);
    assert.equal(row.status, "archived");
    assert.ok(row.closedAt);
    assert.equal(await getPublicCampaign(campaign.slug), null, "an archived campaign is not public");
    await assertRefused(campaign.slug, "close", /archived cannot be closed/);
    await assertRefused(campaign.slug, "archive", /archived cannot be archived/);

    assert.equal((await act(campaign.slug, "restore")).ok, true);
    assert.equal((await campaignRow(campaign.id)).status, "closed");
    assert.equal((await getPublicCampaign(campaign.slug))?.tally.total, 42);
    assert.deepEqual(await auditActions(campaign.id), ["campaign.close", "campaign.reopen", "campaign.archive", "campaign.restore"]);
  });

  test("a draft can be neither closed nor archived", async () => {
    const campaign = await campaignWithTeam(callers, { status: "draft" });
    await assertRefused(campaign.slug, "close", /draft cannot be closed/);
    await assertRefused(campaign.slug, "archive", /draft cannot be archived/);
  });

  test("a closed campaign reopens only once its closing date is in the future or cleared", async () => {
    const campaign = await campaignWithTeam(callers, { status: "closed", closesAt: new Date(Date.now() - 60_000) });
    await assertRefused(campaign.slug, "reopen", /closing date has passed/);
    const editor = await loadCampaignEditor(callers.editor, campaign.slug);
    assert.ok(editor.ok);
    assert.match(
      english(editor.value.lifecycle.find((a) => a.name === "reopen")?.refusal ?? undefined),
      /closing date has passed/,
      "the page says why",
    );

    assert.equal(
      (await updateCampaignAs(callers.editor, campaignForm({ campaignSlug: campaign.slug, slug: campaign.slug, closesAt: inAnHour() }))).ok,
      true,
    );
    assert.equal((await act(campaign.slug, "reopen")).ok, true);
    assert.equal((await campaignRow(campaign.id)).status, "open");

    await act(campaign.slug, "close");
    assert.equal((await updateCampaignAs(callers.editor, campaignForm({ campaignSlug: campaign.slug, slug: campaign.slug, closesAt: "" }))).ok, true);
    assert.equal((await act(campaign.slug, "reopen")).ok, true);
  });

  test("an unknown transition is a field error", async () => {
    const campaign = await campaignWithTeam(callers, { status: "open" });
    const result = await act(campaign.slug, "delete");
    assert.ok(!result.ok && result.error === "invalid" && result.fieldErrors.transition);
    assert.equal((await campaignRow(campaign.id)).status, "open");
  });
});

describe("closing automatically at the closing date", () => {
  test("the sweep closes open campaigns past their closing date, once, and leaves the others", async () => {
    const closesAt = new Date(Date.now() - 5 * 60_000);
    const due = await campaignWithTeam(callers, { status: "open", closesAt });
    await countSignatures(due.id, 7);
    const later = await campaignWithTeam(callers, { status: "open", closesAt: new Date(Date.now() + 3_600_000) });
    const draft = await campaignWithTeam(callers, { status: "draft", closesAt });
    const noDate = await campaignWithTeam(callers, { status: "open" });

    const closed = await closeDueCampaigns();
    assert.ok(closed.some((c) => c.slug === due.slug));
    assert.ok(!closed.some((c) => [later.slug, draft.slug, noDate.slug].includes(c.slug)));
    const row = await campaignRow(due.id);
    assert.equal(row.status, "closed");
    assert.equal(row.closedAt?.getTime(), closesAt.getTime(), "closed_at is when it closed");
    assert.equal((await campaignRow(later.id)).status, "open");
    assert.equal((await campaignRow(draft.id)).status, "draft");
    assert.equal((await campaignRow(noDate.id)).status, "open");
    const [entry] = await getDb().select().from(schema.auditLog).where(eq(schema.auditLog.campaignId, due.id));
    assert.deepEqual([entry.action, entry.actorEmail, entry.actorId], ["campaign.auto-close", "system", null]);

    assert.deepEqual(
      (await closeDueCampaigns()).filter((c) => c.slug === due.slug),
      [],
      "a second sweep finds nothing to do",
    );
    assert.equal((await getPublicCampaign(due.slug))?.tally.total, 7, "the count stays visible");
  });

  test("the settings page shows a campaign past its date as closed between sweeps, and writes nothing", async () => {
    const campaign = await campaignWithTeam(callers, { status: "open" });
    await getDb().execute(sql`update campaigns set closes_at = now() - interval '1 second' where id = ${campaign.id}`);
    const result = await loadCampaignEditor(callers.viewer, campaign.slug);
    assert.ok(result.ok);
    assert.equal(result.value.campaign.status, "closed");
    assert.deepEqual(
      result.value.lifecycle.map((a) => a.name),
      ["reopen", "archive"],
    );
    assert.equal((await campaignRow(campaign.id)).status, "open", "reading the page is not the sweep");
  });
});

describe("outcomes and news, public on the campaign page", () => {
  const post = (campaignSlug: string, kind: string, title: string) =>
    postCampaignUpdateAs(callers.owner, { campaignSlug, kind, title, body: `${title}: the details.` });

  test("the campaign keeps the furthest outcome; the public page's query lists every update, newest first", async () => {
    const campaign = await campaignWithTeam(callers, { status: "open" });
    assert.equal((await post(campaign.slug, "delivered", "Handed to the Council")).ok, true);
    assert.equal((await campaignRow(campaign.id)).outcome, "delivered");
    assert.equal((await post(campaign.slug, "won", "The inquiry is open")).ok, true);
    assert.equal((await campaignRow(campaign.id)).outcome, "won");
    assert.equal((await post(campaign.slug, "response", "A reply arrived late")).ok, true);
    assert.equal((await post(campaign.slug, "news", "Thank you")).ok, true);
    assert.equal((await campaignRow(campaign.id)).outcome, "won", "a later, lesser outcome does not step it back");

    const publicCampaign = await getPublicCampaign(campaign.slug);
    assert.equal(publicCampaign?.outcome, "won");
    const updates = await listCampaignUpdates(publicCampaign!.id);
    assert.deepEqual(
      updates.map((u) => [u.kind, u.title]),
      [
        ["news", "Thank you"],
        ["response", "A reply arrived late"],
        ["won", "The inquiry is open"],
        ["delivered", "Handed to the Council"],
      ],
    );
    assert.deepEqual(await auditActions(campaign.id), ["campaign.outcome", "campaign.outcome", "campaign.outcome", "campaign.news"]);
  });

  test("a draft takes no updates; a bad update is refused; neither writes anything", async () => {
    const draft = await campaignWithTeam(callers, { status: "draft" });
    const refused = await post(draft.slug, "delivered", "Too early");
    assert.ok(!refused.ok && refused.error === "invalid" && /Publish the campaign/.test(english(refused.fieldErrors.form)));
    const open = await campaignWithTeam(callers, { status: "open" });
    const bad = await postCampaignUpdateAs(callers.owner, { campaignSlug: open.slug, kind: "lost", title: "", body: "x" });
    assert.ok(!bad.ok && bad.error === "invalid" && bad.fieldErrors.kind && bad.fieldErrors.title);
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from campaign_updates where campaign_id in (${draft.id}, ${open.id})`);
    assert.equal(n, 0);
    assert.deepEqual([...(await auditActions(draft.id)), ...(await auditActions(open.id))], []);
    assert.equal((await campaignRow(open.id)).outcome, null);
  });
});
