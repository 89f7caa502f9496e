import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";

const { useIntegrationLifecycle } = await import("./support");
const { createEventAs, saveEventTranslationAs, updateEventAs } = await import("@/lib/events/commands");
const { loadOrganizerEvent } = await import("@/lib/events/page-data");
const { eventTranslationsOf, getEvent } = await import("@/lib/events/queries");
const { localizeEvent } = await import("@/lib/events/translations");
const { callMessage } = await import("@/lib/events/call-sentence");
const { useCallers } = await import("./organizer-actors");
const { seedEvents } = await import("@/drizzle/seed/data");
const { seedEventTranslations } = await import("@/drizzle/seed/event-translations");
type EventFormValues = import("@/lib/events/schema").EventFormValues;

useIntegrationLifecycle();

// The calls' wording in several languages (issue #12): a translation of an event says who each
// call is on and what it asks in its language; the quotes stay as the report has them; a change to
// a call's wording dates the translations made from the old one.

const callers = useCallers();

const eventForm = (): EventFormValues => ({
  title: `Vigil for the disappeared ${randomUUID().slice(0, 6)}`,
  occurredOn: "2019-08-11",
  dateNote: "",
  place: "Queen’s Park, Toronto",
  placeNote: "",
  host: "Amnesty International Toronto",
  summary: "About two hundred people held a vigil.",
  speakers: [{ name: "Leila Karimova", role: "Daughter of the detained lawyer" }],
  sources: [{ title: "Vigil in Toronto", publisher: "", publishedOn: "", url: "https://example.org/vigil", text: "", note: "" }],
  callsToAction: [
    {
      speaker: "Leila Karimova",
      target: "Canadian government",
      action: "Demand his release",
      quote: "We ask the Canadian government to demand his release.",
    },
    { speaker: "", target: "Global Affairs Canada", action: "Send observers", quote: "She urged Global Affairs Canada to send observers." },
  ],
});

async function newEvent() {
  const created = await createEventAs(callers.admin, eventForm());
  assert.ok(created.ok);
  const event = await getEvent(created.value.slug);
  assert.ok(event);
  return event;
}

/** The translation form as the browser posts it: react-hook-form's names, flat. */
const frenchForm = (eventSlug: string, calls: Record<string, string>) => ({
  eventSlug,
  language: "fr",
  title: "Veillée pour les disparus",
  summary: "Environ deux cents personnes ont tenu une veillée.",
  ...calls,
});

describe("the calls' wording in a translation", () => {
  test("is posted per call, and read in the reader's language; a call left blank keeps the report's words", async () => {
    const event = await newEvent();
    const saved = await saveEventTranslationAs(
      callers.admin,
      frenchForm(event.slug, {
        "calls.0.target": "le gouvernement canadien",
        "calls.0.action": "exiger sa libération",
        "calls.1.target": " ",
        "calls.1.action": "",
      }),
    );
    assert.deepEqual(saved, { ok: true, value: { slug: event.slug } });
    const translations = await eventTranslationsOf(event.id);
    assert.deepEqual(translations.find((row) => row.language === "fr")?.calls, [
      { target: "le gouvernement canadien", action: "exiger sa libération" },
    ]);

    const [first, second] = localizeEvent(event, translations, "fr").callsToAction;
    assert.deepEqual([first.target, first.action, first.wordingLanguage], ["le gouvernement canadien", "exiger sa libération", "fr"]);
    assert.equal(first.quote, "We ask the Canadian government to demand his release.", "the quote stays as the report has it");
    assert.deepEqual([second.target, second.action, second.wordingLanguage], ["Global Affairs Canada", "Send observers", "en"]);
    // The French sentence takes the French words as written, with its own frame.
    assert.deepEqual(callMessage(first, false), {
      key: "callOn",
      speaker: "Leila Karimova",
      article: "",
      target: "le gouvernement canadien",
      action: "exiger sa libération.",
    });
    // English readers read the original.
    const english = localizeEvent(event, translations, "en").callsToAction;
    assert.deepEqual([english[0].target, english[0].wordingLanguage], ["Canadian government", "en"]);
  });

  test("a call translated by halves is refused next to the missing half, and nothing is written", async () => {
    const event = await newEvent();
    const saved = await saveEventTranslationAs(callers.admin, frenchForm(event.slug, { "calls.1.target": "Affaires mondiales Canada" }));
    assert.deepEqual(saved, { ok: false, error: "invalid", fieldErrors: { "calls.1.action": "events.errors.callAction" } });
    assert.deepEqual(await eventTranslationsOf(event.id), []);
  });

  test("forged call fields are ignored or refused, never stored", async () => {
    const event = await newEvent();
    const forged = await saveEventTranslationAs(
      callers.admin,
      frenchForm(event.slug, {
        "calls.100.target": "x",
        "calls.__proto__.target": "x",
        "calls.0.quote": "not translatable",
        "calls.0.target": "le gouvernement canadien",
        "calls.0.action": "agir",
      }),
    );
    assert.ok(forged.ok);
    const [row] = await eventTranslationsOf(event.id);
    assert.deepEqual(row.calls, [{ target: "le gouvernement canadien", action: "agir" }]);
    assert.equal(Object.hasOwn(Object.prototype, "target"), false);

    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`calls.${index}.target`, "x"]));
    const refused = await saveEventTranslationAs(callers.admin, frenchForm(event.slug, tooMany));
    assert.ok(!refused.ok && refused.error === "invalid" && "calls" in refused.fieldErrors);
    const long = await saveEventTranslationAs(callers.admin, frenchForm(event.slug, { "calls.0.target": "x".repeat(301), "calls.0.action": "agir" }));
    assert.deepEqual(long, { ok: false, error: "invalid", fieldErrors: { "calls.0.target": 'events.errors.tooLong?{"max":300}' } });
  });

  test("a new wording of a call dates the translations; a new quote does not", async () => {
    const event = await newEvent();
    assert.ok((await saveEventTranslationAs(callers.admin, frenchForm(event.slug, {}))).ok);
    const values = eventForm();
    const withCalls = (calls: EventFormValues["callsToAction"]) => ({ ...values, title: event.title, callsToAction: calls });
    const [first, second] = values.callsToAction;

    assert.ok((await updateEventAs(callers.admin, event.slug, withCalls([first, { ...second, quote: "She asked for observers." }]))).ok);
    let page = await loadOrganizerEvent(callers.admin, event.slug);
    assert.ok(page.ok);
    assert.equal(page.value.states.fr, "current");

    assert.ok((await updateEventAs(callers.admin, event.slug, withCalls([first, { ...second, action: "Send election observers" }]))).ok);
    page = await loadOrganizerEvent(callers.admin, event.slug);
    assert.ok(page.ok);
    assert.equal(page.value.states.fr, "outdated");
  });
});

describe("the events API", () => {
  test("words each call in the language asked for where the translation does, and says which", async () => {
    const event = await newEvent();
    const saved = await saveEventTranslationAs(
      callers.admin,
      frenchForm(event.slug, { "calls.1.target": "Affaires mondiales Canada", "calls.1.action": "envoyer des observateurs" }),
    );
    assert.ok(saved.ok);
    const { GET } = await import("@/app/api/v1/events/[slug]/route");
    const read = async (query: string) => {
      const response = await GET(new Request(`http://test/api/v1/events/${event.slug}${query}`), { params: Promise.resolve({ slug: event.slug }) });
      assert.equal(response.status, 200);
      return (await response.json()) as { callsToAction: { target: string; action: string; language: string; quote: string }[] };
    };
    const french = await read("?lang=fr");
    assert.deepEqual(
      french.callsToAction.map(({ target, action, language }) => [target, action, language]),
      [
        ["Canadian government", "Demand his release", "en"],
        ["Affaires mondiales Canada", "envoyer des observateurs", "fr"],
      ],
    );
    assert.equal(french.callsToAction[1].quote, "She urged Global Affairs Canada to send observers.");
    const original = await read("");
    assert.deepEqual(
      original.callsToAction.map(({ target, language }) => [target, language]),
      [
        ["Canadian government", "en"],
        ["Global Affairs Canada", "en"],
      ],
    );
  });
});

describe("the seeded events", () => {
  // Read from the seed data: other suites in the same database change the seeded translations.
  test("come with every call worded in French and Persian, in the sentences each language builds", async () => {
    for (const event of seedEvents) {
      for (const language of ["fr", "fa"] as const) {
        const calls = seedEventTranslations[event.slug]?.[language]?.calls ?? [];
        assert.equal(calls.length, event.callsToAction.length, `${event.slug} ${language}`);
        calls.forEach((call, index) => {
          const original = event.callsToAction[index];
          const message = callMessage({ speaker: original.speaker, ...call }, false);
          // A call on nobody named, or on "we", reads as such in every language.
          assert.equal(message.key, callMessage(original, true).key, `${event.slug} ${language} call ${index + 1}`);
        });
      }
    }
  });
});
