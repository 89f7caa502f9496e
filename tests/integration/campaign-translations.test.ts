import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { and, eq } from "drizzle-orm";

const { createTestCampaign, fake, getDb, linksFor, schema, settleOutbox, useIntegrationLifecycle, validSignature } = await import("./support");
const { deleteCampaignTranslationAs, saveCampaignTranslationAs, updateCampaignAs } = await import("@/lib/campaigns/commands");
const { loadTranslationsPage } = await import("@/lib/campaigns/page-data");
const { getLocalizedCampaignBySlug, listLocalizedCampaigns } = await import("@/lib/campaigns/queries");
const { confirmSignature, signCampaign } = await import("@/lib/signing/mutations");
const { auditActions, campaignForm, campaignRow, campaignWithTeam } = await import("./campaigns-support");

useIntegrationLifecycle();

const { ACTORS, useCallers } = await import("./organizer-actors");
type Actor = import("./organizer-actors").Actor;

// A campaign's text in several languages (issue #12): one authoritative, the others translations
// its editors write; readers see their language's version or the original with a note; a
// translation older than the original is flagged; each signature records the version its signer saw.

const EDITORS: Actor[] = ["editor", "owner", "admin"];
const VIEWERS: Actor[] = ["viewer", ...EDITORS];
const refusalFor = (actor: Actor) => (actor === "anonymous" ? "unauthenticated" : "forbidden");
const callers = useCallers();

const french = (campaignSlug: string, overrides: Record<string, string> = {}) => ({
  campaignSlug,
  language: "fr",
  title: "Des rivières propres",
  summary: "Une pétition pour des rivières propres.",
  statement: "Nous demandons des rivières propres.",
  decisionMakers: "Le ministère de l’Environnement",
  ...overrides,
});

async function translationRow(campaignId: string, language: string) {
  const [row] = await getDb()
    .select()
    .from(schema.campaignTranslations)
    .where(and(eq(schema.campaignTranslations.campaignId, campaignId), eq(schema.campaignTranslations.language, language)));
  return row;
}

describe("who may write translations", () => {
  for (const actor of ACTORS) {
    test(`${actor}: ${EDITORS.includes(actor) ? "saves and deletes a translation" : "is refused, and nothing is written"}`, async () => {
      const campaign = await campaignWithTeam(callers);
      const saved = await saveCampaignTranslationAs(callers[actor], french(campaign.slug));
      if (!EDITORS.includes(actor)) {
        assert.deepEqual(saved, { ok: false, error: refusalFor(actor) });
        assert.equal(await translationRow(campaign.id, "fr"), undefined);
        assert.deepEqual(await auditActions(campaign.id), []);
        assert.deepEqual(await deleteCampaignTranslationAs(callers[actor], { campaignSlug: campaign.slug, language: "fr" }), {
          ok: false,
          error: refusalFor(actor),
        });
        return;
      }
      assert.deepEqual(saved, { ok: true, value: { slug: campaign.slug, language: "fr", created: true } });
      const row = await translationRow(campaign.id, "fr");
      assert.equal(row.title, "Des rivières propres");
      assert.deepEqual(row.decisionMakers, ["Le ministère de l’Environnement"]);
      assert.equal(row.sourceRevision, 1);
      assert.equal(row.updatedBy, callers[actor]!.id);
      const deleted = await deleteCampaignTranslationAs(callers[actor], { campaignSlug: campaign.slug, language: "fr" });
      assert.deepEqual(deleted, { ok: true, value: { slug: campaign.slug, deleted: true } });
      assert.equal(await translationRow(campaign.id, "fr"), undefined);
      assert.deepEqual(await auditActions(campaign.id), ["campaign.translation.save", "campaign.translation.delete"]);
    });

    test(`${actor}: the translations page ${VIEWERS.includes(actor) ? "opens, editable only for editors" : "is refused"}`, async () => {
      const campaign = await campaignWithTeam(callers);
      const result = await loadTranslationsPage(callers[actor], campaign.slug);
      if (!VIEWERS.includes(actor)) return assert.deepEqual(result, { ok: false, error: refusalFor(actor) });
      assert.ok(result.ok);
      assert.equal(result.value.canEdit, EDITORS.includes(actor));
      assert.deepEqual(result.value.states, { en: "authoritative", fr: "missing", fa: "missing" });
    });
  }
});

describe("the rules of a translation", () => {
  test("the campaign's own language is not a translation, and bad input is refused field by field", async () => {
    const campaign = await campaignWithTeam(callers);
    const own = await saveCampaignTranslationAs(callers.owner, french(campaign.slug, { language: "en" }));
    assert.deepEqual(own, { ok: false, error: "invalid", fieldErrors: { language: "editor.errors.translationIsOriginal" } });
    const bad = await saveCampaignTranslationAs(callers.owner, french(campaign.slug, { language: "de", title: "" }));
    assert.equal(bad.ok, false);
    assert.ok(!bad.ok && bad.error === "invalid");
    assert.deepEqual(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort(), ["language", "title"]);
    assert.deepEqual(await auditActions(campaign.id), []);
  });

  test("saving again replaces the translation; editing the original's text dates it, other settings do not", async () => {
    const campaign = await campaignWithTeam(callers);
    await saveCampaignTranslationAs(callers.owner, french(campaign.slug));
    const again = await saveCampaignTranslationAs(callers.owner, french(campaign.slug, { title: "Des rivières vraiment propres" }));
    assert.deepEqual(again, { ok: true, value: { slug: campaign.slug, language: "fr", created: false } });
    assert.equal((await translationRow(campaign.id, "fr")).title, "Des rivières vraiment propres");

    const form = campaignForm({
      campaignSlug: campaign.slug,
      slug: campaign.slug,
      title: campaign.title,
      summary: campaign.summary,
      statement: campaign.statement,
      decisionMakers: campaign.decisionMakers.join("\n"),
    });
    assert.ok((await updateCampaignAs(callers.owner, { ...form, goal: "7000" })).ok);
    assert.equal((await campaignRow(campaign.id)).textRevision, 1, "a new goal is no new text");
    let page = await loadTranslationsPage(callers.owner, campaign.slug);
    assert.ok(page.ok);
    assert.equal(page.value.states.fr, "current");

    assert.ok((await updateCampaignAs(callers.owner, { ...form, goal: "7000", statement: "A changed statement." })).ok);
    assert.equal((await campaignRow(campaign.id)).textRevision, 2);
    page = await loadTranslationsPage(callers.owner, campaign.slug);
    assert.ok(page.ok);
    assert.equal(page.value.states.fr, "outdated");

    const fr = await getLocalizedCampaignBySlug(campaign.slug, "fr");
    assert.equal(fr?.title, "Des rivières vraiment propres");
    assert.deepEqual(fr?.text, { language: "fr", authoritative: "en", translated: true, outdated: true, missing: false, revision: 1 });

    await saveCampaignTranslationAs(callers.owner, french(campaign.slug, { statement: "Une déclaration modifiée." }));
    page = await loadTranslationsPage(callers.owner, campaign.slug);
    assert.ok(page.ok);
    assert.equal(page.value.states.fr, "current", "saved again from revision 2");
  });

  test("changing the original's language makes the other languages translations of it", async () => {
    const campaign = await campaignWithTeam(callers);
    await saveCampaignTranslationAs(callers.owner, french(campaign.slug));
    const form = campaignForm({ campaignSlug: campaign.slug, slug: campaign.slug, title: campaign.title, language: "fa" });
    assert.ok((await updateCampaignAs(callers.owner, form)).ok);
    const row = await campaignRow(campaign.id);
    assert.equal(row.language, "fa");
    assert.equal(row.textRevision, 2);
    const page = await loadTranslationsPage(callers.owner, campaign.slug);
    assert.ok(page.ok);
    assert.deepEqual(page.value.states, { en: "missing", fr: "outdated", fa: "authoritative" });
  });
});

/** A French translation of a campaign, made from its first revision. */
async function addFrenchTranslation(campaignId: string) {
  await getDb()
    .insert(schema.campaignTranslations)
    .values({
      campaignId,
      language: "fr",
      title: "Des rivières propres",
      summary: "Résumé.",
      statement: "Texte.",
      decisionMakers: ["Ministère"],
      sourceRevision: 1,
    });
}

describe("what readers and signers get", () => {
  test("each reader sees their language's version, or the original with a note; lists too", async () => {
    const campaign = await createTestCampaign({ title: "Clean rivers", language: "en" });
    await addFrenchTranslation(campaign.id);
    const en = await getLocalizedCampaignBySlug(campaign.slug, "en");
    const fr = await getLocalizedCampaignBySlug(campaign.slug, "fr");
    const fa = await getLocalizedCampaignBySlug(campaign.slug, "fa");
    assert.equal(en?.title, "Clean rivers");
    assert.equal(en?.text.translated, false);
    assert.equal(en?.text.missing, false);
    assert.equal(fr?.title, "Des rivières propres");
    assert.equal(fr?.language, "fr", "marked as French text");
    assert.equal(fr?.statement, "Texte.");
    assert.equal(fa?.title, "Clean rivers");
    assert.equal(fa?.language, "en", "the original, marked as English on a Persian page");
    assert.equal(fa?.text.missing, true);
    const listed = (await listLocalizedCampaigns("fr")).find((item) => item.id === campaign.id);
    assert.equal(listed?.title, "Des rivières propres");
  });

  test("a signature records the version its signer saw, and the confirmation names the campaign in it", async () => {
    const campaign = await createTestCampaign({ title: "Clean rivers" });
    await addFrenchTranslation(campaign.id);
    await getDb().update(schema.campaigns).set({ textRevision: 3 }).where(eq(schema.campaigns.id, campaign.id));
    // Signing reads the campaign through a one-second cache: past it.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const signers = { fr: validSignature({ locale: "fr" }), fa: validSignature({ locale: "fa" }), en: validSignature({ locale: "en" }) };
    for (const input of Object.values(signers)) assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
    const version = async (email: string) =>
      (
        await getDb()
          .select({ language: schema.signatures.statementLanguage, revision: schema.signatures.statementRevision })
          .from(schema.signatures)
          .where(eq(schema.signatures.email, email))
      )[0];
    assert.deepEqual(await version(signers.fr.email), { language: "fr", revision: 1 }, "the French translation, made from revision 1");
    assert.deepEqual(await version(signers.fa.email), { language: "en", revision: 3 }, "no Persian version: the English original");
    assert.deepEqual(await version(signers.en.email), { language: "en", revision: 3 });
    await settleOutbox(campaign.id);
    const email = fake.emails.filter((sent) => sent.to.includes(signers.fr.email)).at(-1);
    assert.equal(email?.subject, "Confirmez votre signature\u00a0: Des rivières propres");
  });
});

const detail = await import("@/app/api/v1/campaigns/[slug]/route");
const list = await import("@/app/api/v1/campaigns/route");
const openData = await import("@/lib/open-data/schema");
const getDetail = async (slug: string, query = "") =>
  detail.GET(new Request(`http://test/api/v1/campaigns/${slug}${query}`), { params: Promise.resolve({ slug }) });

describe("the JSON API in several languages", () => {
  test("without ?lang= each campaign comes in its original; ?lang= gives a translation where there is one, and says so", async () => {
    const original = openData.campaignDetailSchema.parse(await (await getDetail("mayors-declaration")).json());
    assert.equal(original.language, "fr");
    assert.equal(original.originalLanguage, "fr");
    assert.equal(original.isTranslation, false);
    assert.deepEqual(original.languages, ["fr", "en", "fa"]);
    assert.match(original.title, /^Déclaration d’élus/);
    assert.match(original.statement, /^Nous, maires et conseillers municipaux soussignés/);

    const english = openData.campaignDetailSchema.parse(await (await getDetail("mayors-declaration", "?lang=en")).json());
    assert.equal(english.language, "en");
    assert.equal(english.isTranslation, true);
    assert.equal(english.translationOutdated, false);
    assert.match(english.title, /^Elected officials’ declaration/);
    assert.equal(english.url, "http://petitions.test/campaigns/mayors-declaration");
    const persian = openData.campaignDetailSchema.parse(await (await getDetail("mayors-declaration", "?lang=fa")).json());
    assert.equal(persian.url, "http://petitions.test/fa/campaigns/mayors-declaration");

    const campaign = await createTestCampaign({ title: "Only in English" });
    const untranslated = openData.campaignDetailSchema.parse(await (await getDetail(campaign.slug, "?lang=fa")).json());
    assert.equal(untranslated.language, "en", "no Persian version: the original");
    assert.equal(untranslated.isTranslation, false);
    assert.deepEqual(untranslated.languages, ["en"]);

    const listed = openData.campaignListSchema.parse(await (await list.GET(new Request("http://test/api/v1/campaigns?lang=en"))).json());
    assert.match(listed.campaigns.find((item) => item.slug === "mayors-declaration")?.title ?? "", /^Elected officials’ declaration/);
  });

  test("a language the platform does not have is refused with a clear 400", async () => {
    for (const query of ["?lang=de", "?lang=", "?lang=FR"]) {
      const response = await getDetail("mayors-declaration", query);
      assert.equal(response.status, 400, query);
      assert.deepEqual(await response.json(), { error: "invalid_language", message: "lang must be one of en, fr, fa." });
    }
    const response = await list.GET(new Request("http://test/api/v1/campaigns?lang=xx"));
    assert.equal(response.status, 400);
  });
});

describe("signatures by language", () => {
  test("the dashboard's and the API's breakdowns count confirmed signatures by the language they were made in", async () => {
    const campaign = await createTestCampaign();
    for (const locale of ["fr", "fr", "fa", "en", "fr"] as const) {
      const input = validSignature({ locale });
      await signCampaign(campaign.slug, input);
      await settleOutbox(campaign.id);
      assert.equal((await confirmSignature(linksFor(input.email).confirm!)).kind, "confirmed");
    }
    await signCampaign(campaign.slug, validSignature({ locale: "fa" }));
    const json = openData.campaignDetailSchema.parse(await (await getDetail(campaign.slug)).json());
    assert.deepEqual(json.breakdowns.byLanguage, [
      { language: "fr", count: 3 },
      { language: "en", count: 1 },
      { language: "fa", count: 1 },
    ]);
  });
});

const { deleteEventTranslationAs, saveEventTranslationAs, updateEventAs } = await import("@/lib/events/commands");
const { loadOrganizerEvent } = await import("@/lib/events/page-data");
const { eventTranslationsOf, getEvent } = await import("@/lib/events/queries");
const { localizeEvent } = await import("@/lib/events/translations");
const { toEventFormValues } = await import("@/lib/events/schema");

describe("events in several languages", () => {
  const persian = (eventSlug: string, overrides: Record<string, string> = {}) => ({
    eventSlug,
    language: "fa",
    title: "کنفرانس در شهرداری ناحیهٔ ۵ پاریس",
    summary: "خلاصهٔ گزارش.",
    ...overrides,
  });

  test("only admins and the event's creator translate it; seeded events come translated", async () => {
    const event = await getEvent("paris-5th-district-conference-2017");
    assert.ok(event);
    const seeded = await eventTranslationsOf(event.id);
    assert.deepEqual(
      seeded.map((row) => row.language),
      ["fa", "fr"],
    );
    assert.match(localizeEvent(event, seeded, "fr").title, /arrondissement/);

    for (const actor of ["anonymous", "viewer", "editor", "owner", "other-organizer"] as const) {
      const result = await saveEventTranslationAs(callers[actor], persian(event.slug));
      assert.deepEqual(result, { ok: false, error: actor === "anonymous" ? "unauthenticated" : "forbidden" }, actor);
    }
    assert.deepEqual(await saveEventTranslationAs(callers.admin, persian(event.slug)), { ok: true, value: { slug: event.slug } });
    const row = (await eventTranslationsOf(event.id)).find((r) => r.language === "fa");
    assert.equal(row?.title, "کنفرانس در شهرداری ناحیهٔ ۵ پاریس");
    assert.deepEqual(await saveEventTranslationAs(callers.admin, persian(event.slug, { language: "en" })), {
      ok: false,
      error: "invalid",
      fieldErrors: { language: "editor.errors.translationIsOriginal" },
    });
    const empty = await saveEventTranslationAs(callers.admin, persian(event.slug, { title: " " }));
    assert.ok(!empty.ok && empty.error === "invalid" && "title" in empty.fieldErrors);
    assert.deepEqual(await saveEventTranslationAs(callers.admin, persian("no-such-event")), { ok: false, error: "not-found" });
  });

  test("a new title or summary dates the translations; the organizer page says which", async () => {
    const event = await getEvent("1988-massacre-commemoration-2017");
    assert.ok(event);
    let page = await loadOrganizerEvent(callers.admin, event.slug);
    assert.ok(page.ok);
    assert.deepEqual(page.value.states, { en: "authoritative", fr: "current", fa: "current" });
    const values = toEventFormValues(event);
    assert.ok((await updateEventAs(callers.admin, event.slug, { ...values, speakers: values.speakers })).ok);
    page = await loadOrganizerEvent(callers.admin, event.slug);
    assert.ok(page.ok);
    assert.deepEqual(page.value.states, { en: "authoritative", fr: "current", fa: "current" }, "saved unchanged: still current");
    assert.ok((await updateEventAs(callers.admin, event.slug, { ...values, summary: `${values.summary} (corrected)` })).ok);
    page = await loadOrganizerEvent(callers.admin, event.slug);
    assert.ok(page.ok);
    assert.deepEqual(page.value.states, { en: "authoritative", fr: "outdated", fa: "outdated" });
    const fr = localizeEvent(page.value.event, page.value.translations, "fr");
    assert.equal(fr.text.outdated, true);
    assert.deepEqual(await deleteEventTranslationAs(callers.admin, { eventSlug: event.slug, language: "fr" }), {
      ok: true,
      value: { slug: event.slug },
    });
    page = await loadOrganizerEvent(callers.admin, event.slug);
    assert.ok(page.ok);
    assert.equal(page.value.states.fr, "missing");
  });
});

const eventDetail = await import("@/app/api/v1/events/[slug]/route");
const eventList = await import("@/app/api/v1/events/route");

describe("the events API in several languages", () => {
  test("?lang= gives an event's title and summary in that language, the quotes as reported", async () => {
    const slug = "paris-5th-district-conference-2017";
    const get = async (query: string) =>
      eventDetail.GET(new Request(`http://test/api/v1/events/${slug}${query}`), { params: Promise.resolve({ slug }) });
    const original = openData.eventDetailSchema.parse(await (await get("")).json());
    assert.equal(original.language, "en");
    assert.equal(original.isTranslation, false);
    assert.deepEqual([...original.languages].sort(), ["en", "fa", "fr"]);
    const french = openData.eventDetailSchema.parse(await (await get("?lang=fr")).json());
    assert.equal(french.language, "fr");
    assert.equal(french.isTranslation, true);
    assert.match(french.title, /arrondissement/);
    assert.equal(french.url, `http://petitions.test/fr/events/${slug}`);
    assert.deepEqual(
      french.callsToAction.map(({ quote, speaker }) => ({ quote, speaker })),
      original.callsToAction.map(({ quote, speaker }) => ({ quote, speaker })),
      "quotes stay as the report has them",
    );
    // The seeded translation words every call in French (tests/integration/event-call-translations.test.ts).
    assert.ok(french.callsToAction.every((call) => call.language === "fr"));
    assert.ok(original.callsToAction.every((call) => call.language === "en"));
    assert.equal((await get("?lang=es")).status, 400);
    const listed = openData.eventListSchema.parse(await (await eventList.GET(new Request("http://test/api/v1/events?lang=fa"))).json());
    assert.ok(listed.events.every((event) => event.language === "fa" || !event.languages.includes("fa")));
  });
});
