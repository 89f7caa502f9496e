import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";

const { createTestCampaign, getDb, schema, useIntegrationLifecycle } = await import("./support");
const { deleteUpdateTranslationAs, postCampaignUpdateAs, saveUpdateTranslationAs } = await import("@/lib/campaigns/commands");
const { loadTranslationsPage } = await import("@/lib/campaigns/page-data");
const { listCampaignUpdates } = await import("@/lib/campaigns/queries");
const { localizeUpdate } = await import("@/lib/campaigns/translations");
const { auditActions, campaignWithTeam } = await import("./campaigns-support");

useIntegrationLifecycle();

const { ACTORS, useCallers } = await import("./organizer-actors");
type Actor = import("./organizer-actors").Actor;

// News and outcomes in several languages (issue #12): each update is written in one language (the
// campaign's unless its author says otherwise); editors add its translations; a reader sees their
// language's version, else the update as written with a line saying in which language.

const EDITORS: Actor[] = ["editor", "owner", "admin"];
const refusalFor = (actor: Actor) => (actor === "anonymous" ? "unauthenticated" : "forbidden");
const callers = useCallers();

async function postNews(campaignSlug: string, fields: Record<string, string> = {}) {
  const posted = await postCampaignUpdateAs(callers.owner, {
    campaignSlug,
    kind: "news",
    title: "Delivered in Geneva",
    body: "We met the office.",
    ...fields,
  });
  assert.ok(posted.ok, JSON.stringify(posted));
  return posted.value.updateId;
}

const french = (campaignSlug: string, updateId: string, overrides: Record<string, string> = {}) => ({
  campaignSlug,
  updateId,
  language: "fr",
  title: "Remise à Genève",
  body: "Nous avons rencontré le bureau.",
  ...overrides,
});

async function translationsOf(updateId: string) {
  return getDb().select().from(schema.campaignUpdateTranslations).where(eq(schema.campaignUpdateTranslations.updateId, updateId));
}

describe("an update's language", () => {
  test("is the campaign's when the form does not say", async () => {
    const campaign = await campaignWithTeam(callers, { language: "fr" });
    const updateId = await postNews(campaign.slug);
    const [update] = await listCampaignUpdates(campaign.id);
    assert.equal(update.id, updateId);
    assert.equal(update.language, "fr");
  });

  test("is the one its author chose", async () => {
    const campaign = await campaignWithTeam(callers);
    await postNews(campaign.slug, { language: "fa", title: "تحویل در ژنو", body: "با دفتر دیدار کردیم." });
    const [update] = await listCampaignUpdates(campaign.id);
    assert.equal(update.language, "fa");
  });

  test("an unknown language is a field error, and nothing is published", async () => {
    const campaign = await campaignWithTeam(callers);
    const posted = await postCampaignUpdateAs(callers.owner, { campaignSlug: campaign.slug, kind: "news", title: "t", body: "b", language: "de" });
    assert.deepEqual(posted, { ok: false, error: "invalid", fieldErrors: { language: "editor.errors.languageRequired" } });
    assert.deepEqual(await listCampaignUpdates(campaign.id), []);
  });
});

describe("who may translate an update", () => {
  for (const actor of ACTORS) {
    test(`${actor}: ${EDITORS.includes(actor) ? "saves, replaces and deletes a translation" : "is refused, and nothing is written"}`, async () => {
      const campaign = await campaignWithTeam(callers);
      const updateId = await postNews(campaign.slug);
      const before = await auditActions(campaign.id);
      const saved = await saveUpdateTranslationAs(callers[actor], french(campaign.slug, updateId));
      if (!EDITORS.includes(actor)) {
        assert.deepEqual(saved, { ok: false, error: refusalFor(actor) });
        assert.deepEqual(await translationsOf(updateId), []);
        assert.deepEqual(await deleteUpdateTranslationAs(callers[actor], { campaignSlug: campaign.slug, updateId, language: "fr" }), {
          ok: false,
          error: refusalFor(actor),
        });
        assert.deepEqual(await auditActions(campaign.id), before);
        return;
      }
      assert.deepEqual(saved, { ok: true, value: { slug: campaign.slug, created: true } });
      const replaced = await saveUpdateTranslationAs(callers[actor], french(campaign.slug, updateId, { title: "Remise au HCDH" }));
      assert.deepEqual(replaced, { ok: true, value: { slug: campaign.slug, created: false } });
      const [row] = await translationsOf(updateId);
      assert.equal(row.title, "Remise au HCDH");
      assert.equal(row.updatedBy, callers[actor]!.id);
      const deleted = await deleteUpdateTranslationAs(callers[actor], { campaignSlug: campaign.slug, updateId, language: "fr" });
      assert.deepEqual(deleted, { ok: true, value: { slug: campaign.slug, deleted: true } });
      assert.deepEqual(await translationsOf(updateId), []);
      assert.deepEqual((await auditActions(campaign.id)).slice(before.length), [
        "campaign.update.translation.save",
        "campaign.update.translation.save",
        "campaign.update.translation.delete",
      ]);
    });
  }
});

describe("what a translation may not do", () => {
  test("be in the language the update is written in", async () => {
    const campaign = await campaignWithTeam(callers);
    const updateId = await postNews(campaign.slug);
    const saved = await saveUpdateTranslationAs(callers.editor, french(campaign.slug, updateId, { language: "en" }));
    assert.deepEqual(saved, { ok: false, error: "invalid", fieldErrors: { language: "editor.errors.updateInThisLanguage" } });
    assert.deepEqual(await translationsOf(updateId), []);
  });

  test("reach another campaign's update through a campaign its caller edits", async () => {
    const mine = await campaignWithTeam(callers);
    const theirs = await createTestCampaign();
    const [theirUpdate] = await getDb()
      .insert(schema.campaignUpdates)
      .values({ campaignId: theirs.id, kind: "news", title: "Theirs", body: "Not yours." })
      .returning();
    const saved = await saveUpdateTranslationAs(callers.editor, french(mine.slug, theirUpdate.id));
    assert.deepEqual(saved, { ok: false, error: "invalid", fieldErrors: { form: "editor.errors.updateNotFound" } });
    const deleted = await deleteUpdateTranslationAs(callers.editor, { campaignSlug: mine.slug, updateId: theirUpdate.id, language: "fr" });
    assert.deepEqual(deleted, { ok: false, error: "invalid", fieldErrors: { form: "editor.errors.updateNotFound" } });
    assert.deepEqual(await translationsOf(theirUpdate.id), []);
  });

  test("name an update by anything but its id, or leave a field empty", async () => {
    const campaign = await campaignWithTeam(callers);
    const updateId = await postNews(campaign.slug);
    const badId = await saveUpdateTranslationAs(callers.editor, french(campaign.slug, "1 OR 1=1"));
    assert.deepEqual(badId, { ok: false, error: "invalid", fieldErrors: { updateId: "editor.errors.updateRequired" } });
    const empty = await saveUpdateTranslationAs(callers.editor, french(campaign.slug, updateId, { title: "  ", body: "" }));
    assert.deepEqual(empty, {
      ok: false,
      error: "invalid",
      fieldErrors: { title: "editor.errors.titleRequired", body: "editor.errors.updateBodyRequired" },
    });
    assert.deepEqual(await translationsOf(updateId), []);
  });
});

describe("reading an update", () => {
  test("each reader gets their language's version, else the update as written with its language", async () => {
    const campaign = await campaignWithTeam(callers);
    const updateId = await postNews(campaign.slug);
    assert.ok((await saveUpdateTranslationAs(callers.editor, french(campaign.slug, updateId))).ok);
    const [update] = await listCampaignUpdates(campaign.id);

    const inFrench = localizeUpdate(update, "fr");
    assert.equal(inFrench.title, "Remise à Genève");
    assert.equal(inFrench.body, "Nous avons rencontré le bureau.");
    assert.equal(inFrench.language, "fr");
    assert.deepEqual([inFrench.text.translated, inFrench.text.missing, inFrench.text.authoritative], [true, false, "en"]);

    const inPersian = localizeUpdate(update, "fa");
    assert.equal(inPersian.title, "Delivered in Geneva");
    assert.equal(inPersian.language, "en");
    assert.deepEqual([inPersian.text.translated, inPersian.text.missing], [false, true]);

    const inEnglish = localizeUpdate(update, "en");
    assert.equal(inEnglish.title, "Delivered in Geneva");
    assert.deepEqual([inEnglish.text.translated, inEnglish.text.missing], [false, false]);
  });

  test("the translations page lists each update with its translations, newest first", async () => {
    const campaign = await campaignWithTeam(callers);
    const first = await postNews(campaign.slug, { title: "First" });
    const second = await postNews(campaign.slug, { title: "Second" });
    assert.ok((await saveUpdateTranslationAs(callers.editor, french(campaign.slug, first))).ok);
    const page = await loadTranslationsPage(callers.viewer, campaign.slug);
    assert.ok(page.ok);
    assert.deepEqual(
      page.value.updates.map((update) => [update.id, update.translations.map((row) => row.language)]),
      [
        [second, []],
        [first, ["fr"]],
      ],
    );
  });
});
