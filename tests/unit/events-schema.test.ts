import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventAccess } from "@/lib/events/access-rules";
import { eventInputFromFormData } from "@/lib/events/form-data";
import { EVENT_LIMITS, eventFieldErrors, eventSchema, importReportSchema, toEventFormValues, type EventFormValues } from "@/lib/events/schema";
import { firstFreeSlug, slugFromTitle } from "@/lib/events/slug";
import { translateMessage } from "@/lib/i18n/message-key";
import { translatorFor } from "@/lib/i18n/translator";

// The event form's rules, shared by the browser and the server; how a posted form is read back;
// event slugs; and who may do what with events.

function validEventForm(overrides: Partial<EventFormValues> = {}): EventFormValues {
  return {
    title: "Conference on the 1988 massacre",
    occurredOn: "2017-11-28",
    dateNote: "28 November 2017, as stated in the report.",
    place: "Town Hall, Paris",
    placeNote: "",
    host: "The Municipality of Paris’ 5th District",
    summary: "A conference remembered the victims.",
    speakers: [{ name: "Rama Yade", role: "Former French Human Rights Minister" }],
    sources: [{ title: "A report", publisher: "", publishedOn: "", url: "https://example.org/report", text: "", note: "" }],
    callsToAction: [{ speaker: "Rama Yade", target: "United Nations", action: "Open an inquiry", quote: "Rama Yade called for an inquiry." }],
    ...overrides,
  };
}

const errorsOf = (input: unknown) => {
  const parsed = eventSchema.safeParse(input);
  return parsed.success ? {} : eventFieldErrors(parsed.error);
};

describe("the event schema", () => {
  test("a complete event passes, empty optional fields becoming null", () => {
    const parsed = eventSchema.parse(validEventForm());
    assert.equal(parsed.placeNote, null);
    assert.equal(parsed.sources[0].publisher, null);
    assert.equal(parsed.sources[0].text, null);
    assert.equal(parsed.callsToAction[0].speaker, "Rama Yade");
  });

  test("an empty title, a date that does not exist, a source with neither link nor text are refused, each at its field", () => {
    const errors = errorsOf(
      validEventForm({
        title: "  ",
        occurredOn: "2017-02-30",
        sources: [{ title: "A report", publisher: "", publishedOn: "", url: "", text: "", note: "" }],
      }),
    );
    assert.deepEqual(Object.keys(errors).sort(), ["occurredOn", "sources.0.url", "title"]);
    // Messages are catalog keys (issue #12), read here as an English page shows them.
    assert.match(translateMessage(translatorFor("en"), errors["sources.0.url"]), /link .* or paste its text/);
  });

  test("without an exact day, the date note is required", () => {
    assert.deepEqual(Object.keys(errorsOf(validEventForm({ occurredOn: "", dateNote: "" }))), ["dateNote"]);
    assert.deepEqual(errorsOf(validEventForm({ occurredOn: "", dateNote: "Summer 2017, the report gives no day." })), {});
  });

  test("a link must be a web address", () => {
    const errors = errorsOf(validEventForm({ sources: [{ ...validEventForm().sources[0], url: "javascript:alert(1)" }] }));
    assert.deepEqual(Object.keys(errors), ["sources.0.url"]);
  });

  test("limits: field lengths and the number of rows", () => {
    const errors = errorsOf(
      validEventForm({
        title: "x".repeat(EVENT_LIMITS.title + 1),
        speakers: Array.from({ length: EVENT_LIMITS.speakers + 1 }, (_, i) => ({ name: `Speaker ${i}`, role: "Speaker" })),
        sources: [{ ...validEventForm().sources[0], text: "x".repeat(EVENT_LIMITS.sourceText + 1) }],
      }),
    );
    assert.deepEqual(Object.keys(errors).sort(), ["sources.0.text", "speakers", "title"]);
    assert.deepEqual(Object.keys(errorsOf(validEventForm({ sources: [] }))), ["sources"]);
  });

  test("a speaker needs a name and a role; a call needs who, what and the sentence", () => {
    const errors = errorsOf(
      validEventForm({ speakers: [{ name: "", role: "" }], callsToAction: [{ speaker: "", target: "", action: "", quote: "" }] }),
    );
    assert.deepEqual(Object.keys(errors).sort(), [
      "callsToAction.0.action",
      "callsToAction.0.quote",
      "callsToAction.0.target",
      "speakers.0.name",
      "speakers.0.role",
    ]);
  });

  test("an event read back into the form gives the same event", () => {
    const event = eventSchema.parse(validEventForm());
    assert.deepEqual(eventSchema.parse(toEventFormValues(event)), event);
  });

  test("a report to import is between 50 and 100,000 characters", () => {
    assert.equal(importReportSchema.safeParse({ text: "too short" }).success, false);
    assert.equal(importReportSchema.safeParse({ text: "x".repeat(100_001) }).success, false);
    assert.equal(importReportSchema.safeParse({ text: "x".repeat(50) }).success, true);
  });
});

describe("reading a posted event form", () => {
  test("react-hook-form's dotted names become the schema's lists, in index order", () => {
    const form = new FormData();
    form.append("title", "T");
    form.append("speakers.1.name", "Second");
    form.append("speakers.0.name", "First");
    form.append("speakers.0.role", "R0");
    form.append("sources.0.url", "https://example.org");
    form.append("$ACTION_ID_abc", "ignored");
    assert.deepEqual(eventInputFromFormData(form.entries()), {
      title: "T",
      speakers: [{ name: "First", role: "R0" }, { name: "Second" }],
      sources: [{ url: "https://example.org" }],
      callsToAction: [],
    });
  });

  test("unknown names, prototype keys and huge indexes are ignored", () => {
    const input = eventInputFromFormData([
      ["__proto__.polluted", "yes"],
      ["constructor.prototype.polluted", "yes"],
      ["speakers.0.__proto__", "yes"],
      ["speakers.99999999.name", "far"],
      ["createdBy", "someone-else"],
      ["slug", "forged"],
    ]);
    assert.deepEqual(input, { speakers: [], sources: [], callsToAction: [] });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe("slugs", () => {
  test("made from the title: lower case, no accents, hyphens, cut at a word", () => {
    assert.equal(slugFromTitle("Paris’ 5th District: conference on the 1988 massacre!"), "paris-5th-district-conference-on-the-1988-massacre");
    assert.equal(slugFromTitle("Réunion à l’Hôtel de Ville"), "reunion-a-lhotel-de-ville");
    assert.equal(slugFromTitle("— ! —"), "event");
    const long = slugFromTitle("word ".repeat(40));
    assert.ok(long.length <= 70 && !long.endsWith("-"));
  });

  test("the first free one of base, base-2, base-3", () => {
    assert.equal(firstFreeSlug("a", []), "a");
    assert.equal(firstFreeSlug("a", ["a", "a-2", "a-b"]), "a-3");
    assert.equal(firstFreeSlug("new", []), "new-2", "/organizer/events/new is a page");
    assert.equal(firstFreeSlug("import", []), "import-2");
  });
});

describe("who may do what with events", () => {
  const organizer = { id: "u1", role: "organizer" as const };
  const admin = { id: "u2", role: "admin" as const };
  test("anyone signed in sees and creates; the creator and admins edit; seeded events only admins", () => {
    assert.deepEqual(eventAccess(null, { createdBy: "u1" }), { view: false, create: false, edit: false });
    assert.deepEqual(eventAccess(organizer, { createdBy: "u1" }), { view: true, create: true, edit: true });
    assert.deepEqual(eventAccess(organizer, { createdBy: "u3" }), { view: true, create: true, edit: false });
    assert.deepEqual(eventAccess(organizer, { createdBy: null }), { view: true, create: true, edit: false });
    assert.deepEqual(eventAccess(admin, { createdBy: null }), { view: true, create: true, edit: true });
    assert.deepEqual(eventAccess(admin, { createdBy: "u1" }), { view: true, create: true, edit: true });
  });
});
