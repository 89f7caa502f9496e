import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq, sql } from "drizzle-orm";
import { inEnglish as english } from "../fixtures/english";

const { getDb, rows, schema, useIntegrationLifecycle } = await import("./support");
const { createCampaignAs, updateCampaignAs } = await import("@/lib/campaigns/commands");
const { loadNewCampaign } = await import("@/lib/campaigns/page-data");
const { auditActions, campaignForm, campaignRow, campaignWithTeam, inAnHour, uniqueSlug } = await import("./campaigns-support");

useIntegrationLifecycle();

const { useCallers } = await import("./organizer-actors");
const callers = useCallers();

const countCampaigns = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from campaigns`))[0].n;
const auditCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0].n;

/** Creating with this form is refused with `field`'s error matching `message`, and nothing is written. */
async function assertCreateRefused(form: Record<string, string>, field: string, message: RegExp) {
  const [campaignsBefore, auditBefore] = [await countCampaigns(), await auditCount()];
  const result = await createCampaignAs(callers.owner, form);
  assert.ok(!result.ok && result.error === "invalid", `refused: ${JSON.stringify(result)}`);
  assert.match(english((result.fieldErrors as Record<string, string>)[field]), message);
  assert.equal(await countCampaigns(), campaignsBefore, "no campaign is made");
  assert.equal(await auditCount(), auditBefore, "nothing is audited");
}

describe("creating a campaign", () => {
  test("a valid form makes a draft with every field as given", async () => {
    const form = campaignForm({
      kind: "petition",
      goal: "5000",
      milestones: "7500, 10000",
      opensAt: "2020-01-01",
      closesAt: "2099-05-01T18:30",
      featuredImageUrl: "https://images.example.org/prisoners.jpg",
      featuredImageAlt: "Families holding photographs of their relatives",
      listNamesPublicly: undefined,
    });
    assert.equal((await createCampaignAs(callers.owner, form)).ok, true);
    const [row] = await getDb().select().from(schema.campaigns).where(eq(schema.campaigns.slug, form.slug));
    assert.equal(row.status, "draft");
    assert.deepEqual(row.decisionMakers, ["UN Human Rights Council", "UN High Commissioner for Human Rights"]);
    assert.deepEqual(row.milestones, [7500, 10000]);
    assert.equal(row.opensAt?.toISOString(), "2020-01-01T00:00:00.000Z");
    assert.equal(row.closesAt?.toISOString(), "2099-05-01T18:30:00.000Z");
    assert.equal(row.listNamesPublicly, false, "an unticked checkbox is not sent");
    assert.equal(row.featuredImageUrl, "https://images.example.org/prisoners.jpg");
    assert.equal(row.publishedAt, null);
  });

  test("a declaration always asks office and municipality, whatever the form says", async () => {
    const form = campaignForm({ kind: "declaration", signerOffice: "off", signerMunicipality: undefined });
    assert.equal((await createCampaignAs(callers.owner, form)).ok, true);
    const [row] = await getDb().select().from(schema.campaigns).where(eq(schema.campaigns.slug, form.slug));
    assert.equal(row.kind, "declaration");
    assert.equal(row.signerFields.office, "required");
    assert.equal(row.signerFields.municipality, "required");
  });

  test("an address that is taken is refused", async () => {
    await assertCreateRefused(campaignForm({ slug: "mayors-declaration" }), "slug", /^This address is already taken$/);
  });

  test("a malformed, short or reserved address is refused", async () => {
    await assertCreateRefused(campaignForm({ slug: "Free The Prisoners" }), "slug", /lower-case/);
    await assertCreateRefused(campaignForm({ slug: "ab" }), "slug", /3 to 80/);
    await assertCreateRefused(campaignForm({ slug: "new" }), "slug", /reserved/);
  });

  test("a closing date in the past is refused", async () => {
    await assertCreateRefused(campaignForm({ closesAt: "2020-01-01T00:00" }), "closesAt", /in the past/);
  });

  test("a closing date before the opening date is refused", async () => {
    await assertCreateRefused(campaignForm({ opensAt: "2099-06-01", closesAt: "2099-05-01" }), "closesAt", /after the opening date/);
  });

  test("a date that does not exist is refused", async () => {
    await assertCreateRefused(campaignForm({ closesAt: "2099-02-31" }), "closesAt", /Enter a date/);
  });

  test("an image address that is not https is refused; an image needs a description", async () => {
    for (const url of ["http://images.example.org/a.jpg", "javascript:alert(1)", "not a url", "//images.example.org/a.jpg"]) {
      await assertCreateRefused(campaignForm({ featuredImageUrl: url, featuredImageAlt: "A photo" }), "featuredImageUrl", /https:\/\//);
    }
    await assertCreateRefused(
      campaignForm({ featuredImageUrl: "https://images.example.org/a.jpg", featuredImageAlt: "" }),
      "featuredImageAlt",
      /Describe the image/,
    );
  });

  test("milestones must be whole numbers above the goal, ascending", async () => {
    await assertCreateRefused(campaignForm({ goal: "5000", milestones: "4000, 8000" }), "milestones", /above the goal/);
    await assertCreateRefused(campaignForm({ goal: "5000", milestones: "9000, 8000" }), "milestones", /ascending/);
    await assertCreateRefused(campaignForm({ milestones: "10k" }), "milestones", /whole numbers/);
  });

  test("a goal that is not a positive whole number, and a missing title, are refused", async () => {
    await assertCreateRefused(campaignForm({ goal: "0" }), "goal", /at least 1/);
    await assertCreateRefused(campaignForm({ goal: "many" }), "goal", /whole number/);
    await assertCreateRefused(campaignForm({ title: "  " }), "title", /Enter a title/);
  });

  test("from an event's call to action: the statement and decision makers are pre-filled, and the event is linked", async () => {
    const page = await loadNewCampaign(callers.owner, { event: "1988-massacre-commemoration-2017", call: "0" });
    assert.ok(page.ok && page.value.prefill);
    const { statement, decisionMakers } = page.value.prefill;
    assert.match(
      statement,
      /^We call on the UN Human Rights Council and UN High Commissioner for Human Rights to launch an international commission of inquiry/,
    );
    assert.deepEqual(decisionMakers, ["UN Human Rights Council", "UN High Commissioner for Human Rights"]);
    const form = campaignForm({ eventSlug: "1988-massacre-commemoration-2017", statement, decisionMakers: decisionMakers.join("\n") });
    assert.equal((await createCampaignAs(callers.owner, form)).ok, true);
    const [row] = await rows<{ event_slug: string; statement: string }>(sql`
      select e.slug as event_slug, c.statement from campaigns c join events e on e.id = c.event_id where c.slug = ${form.slug}`);
    assert.equal(row.event_slug, "1988-massacre-commemoration-2017");
    assert.equal(row.statement, statement);
  });

  test("an unknown event in the link starts from scratch; an unknown event in the form is refused", async () => {
    const page = await loadNewCampaign(callers.owner, { event: "no-such-event", call: "0" });
    assert.deepEqual(page, { ok: true, value: { event: null, unknownEvent: true, prefill: null } });
    await assertCreateRefused(campaignForm({ eventSlug: "no-such-event" }), "form", /event/);
  });
});

describe("editing a campaign", () => {
  test("saving records what changed, in the audit log with the change", async () => {
    const campaign = await campaignWithTeam(callers, { status: "draft" });
    const form = campaignForm({ campaignSlug: campaign.slug, slug: campaign.slug, title: "A better title", goal: "2500", milestones: "5000" });
    const result = await updateCampaignAs(callers.editor, form);
    assert.ok(result.ok);
    assert.ok(result.value.changed.includes("title") && result.value.changed.includes("goal") && result.value.changed.includes("milestones"));
    const row = await campaignRow(campaign.id);
    assert.equal(row.title, "A better title");
    assert.equal(row.goal, 2500);
    assert.deepEqual(row.milestones, [5000]);
    const [entry] = await getDb().select().from(schema.auditLog).where(eq(schema.auditLog.campaignId, campaign.id));
    assert.equal(entry.action, "campaign.update");
    assert.equal(entry.actorEmail, callers.editor!.email);
    assert.deepEqual((entry.details as { changed: string[] }).changed, result.value.changed);
  });

  test("a draft's address can change; to a taken one, it cannot", async () => {
    const campaign = await campaignWithTeam(callers, { status: "draft" });
    const renamed = uniqueSlug("renamed");
    const result = await updateCampaignAs(callers.owner, campaignForm({ campaignSlug: campaign.slug, slug: renamed }));
    assert.ok(result.ok);
    assert.deepEqual([result.value.slug, result.value.previousSlug], [renamed, campaign.slug]);
    assert.equal((await campaignRow(campaign.id)).slug, renamed);

    const taken = await updateCampaignAs(callers.owner, campaignForm({ campaignSlug: renamed, slug: "mayors-declaration", title: "Changed too" }));
    assert.deepEqual(taken, { ok: false, error: "invalid", fieldErrors: { slug: "editor.errors.slugTaken" } });
    assert.equal(english(taken.ok ? undefined : taken.fieldErrors.slug), "This address is already taken");
    const row = await campaignRow(campaign.id);
    assert.equal(row.slug, renamed);
    assert.notEqual(row.title, "Changed too", "nothing else changed either");
  });

  test("a published campaign keeps its address and kind, and cannot lose its statement", async () => {
    const campaign = await campaignWithTeam(callers, { status: "open" });
    const base = { campaignSlug: campaign.slug, slug: campaign.slug };
    const moved = await updateCampaignAs(callers.owner, campaignForm({ ...base, slug: uniqueSlug("moved") }));
    assert.ok(!moved.ok && moved.error === "invalid" && /only while the campaign is a draft/.test(english(moved.fieldErrors.slug)));
    const kind = await updateCampaignAs(callers.owner, campaignForm({ ...base, kind: "declaration" }));
    assert.ok(!kind.ok && kind.error === "invalid" && /only while the campaign is a draft/.test(english(kind.fieldErrors.kind)));
    const emptied = await updateCampaignAs(callers.owner, campaignForm({ ...base, statement: "" }));
    assert.ok(!emptied.ok && emptied.error === "invalid" && emptied.fieldErrors.statement);
    assert.deepEqual(await campaignRow(campaign.id), campaign);
    assert.deepEqual(await auditActions(campaign.id), []);
  });

  test("a forged campaign slug is refused: an editor of one campaign cannot change another", async () => {
    const mine = await campaignWithTeam(callers, { status: "draft" });
    const theirs = await getDb()
      .select()
      .from(schema.campaigns)
      .where(eq(schema.campaigns.slug, "mayors-declaration"))
      .then((r) => r[0]);
    const forged = campaignForm({ campaignSlug: theirs.slug, slug: theirs.slug, kind: "declaration", title: "Hijacked" });
    assert.deepEqual(await updateCampaignAs(callers.editor, forged), { ok: false, error: "forbidden" });
    assert.deepEqual(await campaignRow(theirs.id), theirs, "the other campaign is unchanged");
    const untouched = await campaignRow(mine.id);
    assert.equal(untouched.title, mine.title);
  });

  test("a forged campaign id beside the editor's own slug is ignored: only the slug's campaign changes", async () => {
    const mine = await campaignWithTeam(callers, { status: "draft" });
    const [theirs] = await getDb().select().from(schema.campaigns).where(eq(schema.campaigns.slug, "un-commission-of-inquiry"));
    const result = await updateCampaignAs(callers.editor, {
      ...campaignForm({ campaignSlug: mine.slug, slug: mine.slug, title: "Mine, renamed" }),
      campaignId: theirs.id,
      id: theirs.id,
    });
    assert.equal(result.ok, true);
    assert.equal((await campaignRow(mine.id)).title, "Mine, renamed");
    assert.deepEqual(await campaignRow(theirs.id), theirs);
  });

  test("closing dates: a passed one may stay as it is, not be newly set; before the opening date is refused", async () => {
    const closesAt = new Date(Date.now() - 86_400_000);
    closesAt.setUTCSeconds(0, 0);
    const campaign = await campaignWithTeam(callers, { status: "closed", closesAt });
    const base = { campaignSlug: campaign.slug, slug: campaign.slug };
    const kept = await updateCampaignAs(callers.owner, campaignForm({ ...base, closesAt: closesAt.toISOString().slice(0, 16), title: "Kept date" }));
    assert.equal(kept.ok, true, JSON.stringify(kept));
    const earlier = new Date(closesAt.getTime() - 3_600_000).toISOString().slice(0, 16);
    const moved = await updateCampaignAs(callers.owner, campaignForm({ ...base, closesAt: earlier }));
    assert.ok(!moved.ok && moved.error === "invalid" && /in the past/.test(english(moved.fieldErrors.closesAt)));
    const before = await updateCampaignAs(callers.owner, campaignForm({ ...base, opensAt: "2099-06-01T00:00", closesAt: inAnHour() }));
    assert.ok(!before.ok && before.error === "invalid" && /after the opening date/.test(english(before.fieldErrors.closesAt)));
    assert.equal((await campaignRow(campaign.id)).closesAt?.getTime(), closesAt.getTime());
  });

  test("an image address that is not https is refused when editing too", async () => {
    const campaign = await campaignWithTeam(callers, { status: "draft" });
    const result = await updateCampaignAs(
      callers.owner,
      campaignForm({ campaignSlug: campaign.slug, slug: campaign.slug, featuredImageUrl: "http://example.org/a.png", featuredImageAlt: "A" }),
    );
    assert.ok(!result.ok && result.error === "invalid" && result.fieldErrors.featuredImageUrl);
    assert.equal((await campaignRow(campaign.id)).featuredImageUrl, null);
  });
});
