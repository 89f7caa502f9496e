import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";

const { getDb, rows, useIntegrationLifecycle } = await import("./support");
const { createEventAs, draftEventAs, updateEventAs } = await import("@/lib/events/commands");
const { loadEventCreation, loadEventEditor, loadEventList, loadOrganizerEvent } = await import("@/lib/events/page-data");
const { getEvent, listEvents } = await import("@/lib/events/queries");
const { eventInputFromFormData } = await import("@/lib/events/form-data");
const { toEventFormValues } = await import("@/lib/events/schema");
const { translateMessage } = await import("@/lib/i18n/message-key");
const { translatorFor } = await import("@/lib/i18n/translator");
const { seedEvents } = await import("@/drizzle/seed/data");
const { ACTORS, createUser, useCallers } = await import("./organizer-actors");
type Actor = import("./organizer-actors").Actor;
type EventFormValues = import("@/lib/events/schema").EventFormValues;

useIntegrationLifecycle();

// Documented events (issue #3): creating and editing them through the commands the server
// actions call, for every kind of caller, with bad input changing nothing.

const callers = useCallers();

let counter = 0;
function eventForm(overrides: Partial<EventFormValues> = {}): EventFormValues {
  counter++;
  return {
    title: `Vigil for the disappeared ${counter} ${randomUUID().slice(0, 6)}`,
    occurredOn: "2019-08-11",
    dateNote: "Sunday 11 August 2019, as stated in the report.",
    place: "Queen’s Park, Toronto",
    placeNote: "",
    host: "Amnesty International Toronto",
    summary: "About two hundred people held a vigil.",
    speakers: [
      { name: "Leila Karimova", role: "Daughter of the detained lawyer" },
      { name: "Joe Martins", role: "City councillor" },
    ],
    sources: [{ title: "Vigil in Toronto", publisher: "The Daily", publishedOn: "2019-08-12", url: "https://example.org/vigil", text: "", note: "" }],
    callsToAction: [
      {
        speaker: "Leila Karimova",
        target: "Canadian government",
        action: "Demand his release",
        quote: "We ask the Canadian government to demand his immediate release.",
      },
      { speaker: "", target: "Global Affairs Canada", action: "Send observers", quote: "She urged Global Affairs Canada to send observers." },
    ],
    ...overrides,
  };
}

/** Everything about events in the database, to show a refused request changed nothing. */
async function snapshot() {
  const [counts] = await rows<Record<string, number>>(sql`
    select (select count(*) from events)::int as events,
           (select count(*) from event_speakers)::int as speakers,
           (select count(*) from event_sources)::int as sources,
           (select count(*) from event_calls_to_action)::int as calls,
           (select count(*) from audit_log where action like 'event.%')::int as audit,
           (select coalesce(max(updated_at)::text, '') from events) as latest`);
  return counts;
}

async function eventState(slug: string) {
  const event = await getEvent(slug);
  assert.ok(event);
  const strip = <T extends { id: string; eventId: string }>(list: T[]) => list.map(({ id: _id, eventId: _eventId, ...rest }) => rest);
  return { ...event, speakers: strip(event.speakers), sources: strip(event.sources), callsToAction: strip(event.callsToAction) };
}

async function auditEntries(eventId: string) {
  return rows<{ action: string; actor_id: string; actor_email: string; subject: string; event_id: string }>(
    sql`select action, actor_id, actor_email, subject, event_id from audit_log where event_id = ${eventId} order by id`,
  );
}

describe("creating an event", () => {
  for (const actor of ACTORS) {
    test(`${actor}: ${actor === "anonymous" ? "refused as unauthenticated, nothing saved" : "saved, with its creator and an audit entry"}`, async () => {
      const form = eventForm();
      const before = await snapshot();
      const result = await createEventAs(callers[actor], form);
      if (actor === "anonymous") {
        assert.deepEqual(result, { ok: false, error: "unauthenticated" });
        return assert.deepEqual(await snapshot(), before);
      }
      assert.ok(result.ok, JSON.stringify(result));
      const event = await getEvent(result.value.slug);
      assert.ok(event);
      assert.equal(event.createdBy, callers[actor]!.id);
      assert.equal(event.title, form.title);
      assert.equal(event.occurredOn, "2019-08-11");
      assert.equal(event.placeNote, null);
      assert.deepEqual(
        event.speakers.map((s) => [s.position, s.name, s.role]),
        [
          [0, "Leila Karimova", "Daughter of the detained lawyer"],
          [1, "Joe Martins", "City councillor"],
        ],
      );
      assert.deepEqual(
        event.sources.map((s) => [s.position, s.title, s.publisher, s.publishedOn, s.url, s.text]),
        [[0, "Vigil in Toronto", "The Daily", "2019-08-12", "https://example.org/vigil", null]],
      );
      assert.deepEqual(
        event.callsToAction.map((c) => [c.position, c.speaker, c.target]),
        [
          [0, "Leila Karimova", "Canadian government"],
          [1, null, "Global Affairs Canada"],
        ],
      );
      assert.deepEqual(await auditEntries(event.id), [
        { action: "event.create", actor_id: callers[actor]!.id, actor_email: callers[actor]!.email, subject: event.slug, event_id: event.id },
      ]);
    });
  }

  test("a caller whose user was removed is refused, and nothing is saved", async () => {
    const before = await snapshot();
    const ghost = { id: randomUUID(), email: "ghost@example.org", role: "organizer" as const };
    assert.deepEqual(await createEventAs(ghost, eventForm()), { ok: false, error: "forbidden" });
    assert.deepEqual(await snapshot(), before);
  });
});

describe("bad input is refused with errors at its fields, and changes nothing", () => {
  const cases: [string, Partial<EventFormValues>, string[]][] = [
    ["an empty title", { title: "   " }, ["title"]],
    ["a date that is not one", { occurredOn: "2019-13-45" }, ["occurredOn"]],
    ["a date in another format", { occurredOn: "11/08/2019" }, ["occurredOn"]],
    ["no date and no date note", { occurredOn: "", dateNote: "" }, ["dateNote"]],
    [
      "a source with neither link nor text",
      { sources: [{ title: "A report", publisher: "", publishedOn: "", url: "", text: "", note: "" }] },
      ["sources.0.url"],
    ],
    ["no source at all", { sources: [] }, ["sources"]],
    ["a title over 200 characters", { title: "x".repeat(201) }, ["title"]],
    [
      "a pasted source over 100,000 characters",
      { sources: [{ title: "T", publisher: "", publishedOn: "", url: "", text: "x".repeat(100_001), note: "" }] },
      ["sources.0.text"],
    ],
    ["more than 50 speakers", { speakers: Array.from({ length: 51 }, (_, i) => ({ name: `S ${i}`, role: "R" })) }, ["speakers"]],
    [
      "a call without its sentence, and a speaker without a role",
      { callsToAction: [{ speaker: "", target: "UN", action: "Act", quote: "" }], speakers: [{ name: "A", role: "" }] },
      ["callsToAction.0.quote", "speakers.0.role"],
    ],
  ];
  for (const [name, overrides, fields] of cases) {
    test(name, async () => {
      const before = await snapshot();
      const result = await createEventAs(callers.owner, eventForm(overrides));
      assert.ok(!result.ok && result.error === "invalid", JSON.stringify(result).slice(0, 200));
      assert.deepEqual(Object.keys(result.fieldErrors).sort(), fields);
      assert.deepEqual(await snapshot(), before);
    });
  }

  test("an edit with bad input leaves the event as it was", async () => {
    const created = await createEventAs(callers.owner, eventForm());
    assert.ok(created.ok);
    const before = await eventState(created.value.slug);
    const counts = await snapshot();
    const result = await updateEventAs(callers.owner, created.value.slug, eventForm({ title: "", sources: [] }));
    assert.ok(!result.ok && result.error === "invalid");
    assert.deepEqual(await eventState(created.value.slug), before);
    assert.deepEqual(await snapshot(), counts);
  });
});

describe("slugs", () => {
  test("made from the title; a taken one gets -2, -3", async () => {
    const title = `Rally in Brussels ${randomUUID().slice(0, 8)}`;
    const slugs = [];
    for (let i = 0; i < 3; i++) {
      const result = await createEventAs(callers.editor, eventForm({ title }));
      assert.ok(result.ok);
      slugs.push(result.value.slug);
    }
    const base = title.toLowerCase().replaceAll(" ", "-");
    assert.deepEqual(slugs, [base, `${base}-2`, `${base}-3`]);
  });

  test("saved at the same moment, events with one title still get distinct slugs", async () => {
    const title = `Hearing in Geneva ${randomUUID().slice(0, 8)}`;
    const results = await Promise.all(Array.from({ length: 5 }, () => createEventAs(callers.viewer, eventForm({ title }))));
    const slugs = results.map((result) => (result.ok ? result.value.slug : `failed: ${JSON.stringify(result)}`));
    assert.equal(new Set(slugs).size, 5, slugs.join(", "));
    assert.ok(slugs.every((slug) => slug.startsWith("hearing-in-geneva-")));
  });
});

describe("editing an event", () => {
  let slug: string;
  let eventId: string;
  before(async () => {
    // Created by the campaign's owner; campaign roles mean nothing for events.
    const created = await createEventAs(callers.owner, eventForm());
    assert.ok(created.ok);
    slug = created.value.slug;
    eventId = (await getEvent(slug))!.id;
  });

  const expected: Record<Actor, string> = {
    anonymous: "unauthenticated",
    "other-organizer": "forbidden",
    viewer: "forbidden",
    editor: "forbidden",
    owner: "ok",
    admin: "ok",
  };
  for (const actor of ACTORS) {
    test(`${actor}: ${expected[actor]}`, async () => {
      const before = await eventState(slug);
      const counts = await snapshot();
      const form = eventForm({
        title: `Edited by ${actor}`,
        speakers: [{ name: `Speaker for ${actor}`, role: "Witness" }],
        callsToAction: [],
      });
      const result = await updateEventAs(callers[actor], slug, form);
      if (expected[actor] !== "ok") {
        assert.deepEqual(result, { ok: false, error: expected[actor] });
        assert.deepEqual(await eventState(slug), before);
        return assert.deepEqual(await snapshot(), counts);
      }
      assert.deepEqual(result, { ok: true, value: { slug } });
      const after = await eventState(slug);
      assert.equal(after.title, `Edited by ${actor}`);
      assert.equal(after.slug, slug, "the address does not change with the title");
      assert.equal(after.createdBy, callers.owner!.id, "the creator stays the creator");
      assert.deepEqual(after.speakers, [{ position: 0, name: `Speaker for ${actor}`, role: "Witness" }], "child rows are replaced");
      assert.deepEqual(after.callsToAction, []);
      assert.ok(after.updatedAt > before.updatedAt);
      const entries = await auditEntries(eventId);
      assert.deepEqual(entries.at(-1), {
        action: "event.update",
        actor_id: callers[actor]!.id,
        actor_email: callers[actor]!.email,
        subject: slug,
        event_id: eventId,
      });
    });
  }

  test("an unknown or malformed slug is not found; anonymous callers are asked to sign in first", async () => {
    assert.deepEqual(await updateEventAs(callers.admin, "no-such-event", eventForm()), { ok: false, error: "not-found" });
    assert.deepEqual(await updateEventAs(callers.admin, "../etc/passwd", eventForm()), { ok: false, error: "not-found" });
    assert.deepEqual(await updateEventAs(null, "no-such-event", eventForm()), { ok: false, error: "unauthenticated" });
  });

  test("seeded events have no creator: only admins change them", async () => {
    const seeded = seedEvents[1].slug;
    const before = await eventState(seeded);
    const values = toEventFormValues(before as never);
    for (const actor of ["other-organizer", "viewer", "editor", "owner"] as const) {
      assert.deepEqual(await updateEventAs(callers[actor], seeded, values), { ok: false, error: "forbidden" });
    }
    assert.deepEqual(await eventState(seeded), before);
    const result = await updateEventAs(callers.admin, seeded, { ...values, summary: `${values.summary} (checked)` });
    assert.ok(result.ok);
    const after = await eventState(seeded);
    assert.equal(after.summary, `${before.summary} (checked)`);
    assert.deepEqual(after.speakers, before.speakers, "saving an event unchanged keeps its rows as they were");
    assert.deepEqual(after.callsToAction, before.callsToAction);
    assert.deepEqual(after.sources, before.sources);
  });
});

describe("organizer pages' data", () => {
  let slug: string;
  before(async () => {
    const created = await createEventAs(callers.owner, eventForm());
    assert.ok(created.ok);
    slug = created.value.slug;
  });

  for (const actor of ACTORS) {
    test(`${actor}: the list, the event, the new-event page and the edit page`, async () => {
      const list = await loadEventList(callers[actor]);
      const view = await loadOrganizerEvent(callers[actor], slug);
      const creation = await loadEventCreation(callers[actor]);
      const editor = await loadEventEditor(callers[actor], slug);
      if (actor === "anonymous") {
        for (const result of [list, view, creation, editor]) assert.deepEqual(result, { ok: false, error: "unauthenticated" });
        return;
      }
      assert.ok(list.ok && view.ok && creation.ok);
      const canEdit = actor === "owner" || actor === "admin";
      const row = list.value.events.find((event) => event.slug === slug);
      assert.ok(row, "every organizer sees every event");
      assert.equal(row.canEdit, canEdit);
      assert.equal(row.creatorEmail, callers.owner!.email);
      assert.equal(row.callsToAction, 2);
      assert.ok(list.value.events.some((event) => event.slug === seedEvents[0].slug && event.createdBy === null));
      assert.equal(view.value.canEdit, canEdit);
      assert.equal(view.value.event.callsToAction.length, 2);
      if (canEdit) {
        assert.ok(editor.ok);
        assert.equal(editor.value.values.title, view.value.event.title);
        assert.equal(editor.value.values.callsToAction[1].speaker, "", "nulls become empty fields");
      } else {
        assert.deepEqual(editor, { ok: false, error: "forbidden" });
      }
    });
  }

  test("an unknown event is not found", async () => {
    assert.deepEqual(await loadOrganizerEvent(callers.owner, "no-such-event"), { ok: false, error: "not-found" });
    assert.deepEqual(await loadEventEditor(callers.admin, "NOT A SLUG"), { ok: false, error: "not-found" });
  });
});

describe("importing an event from a report", () => {
  const report = seedEvents[1].sources[0].text!;

  for (const actor of ACTORS) {
    test(`${actor}: ${actor === "anonymous" ? "refused" : "gets a draft, and nothing is saved"}`, async () => {
      const before = await snapshot();
      const result = await draftEventAs(callers[actor], { text: report });
      assert.deepEqual(await snapshot(), before, "reading a report saves nothing");
      if (actor === "anonymous") return assert.deepEqual(result, { ok: false, error: "unauthenticated" });
      assert.ok(result.ok);
      assert.equal(result.value.occurredOn, "2017-11-28");
      assert.equal(result.value.sources[0].text, report.trim());
    });
  }

  test("a report too short or too long is a field error", async () => {
    const short = await draftEventAs(callers.editor, { text: "Too short to be a report." });
    assert.ok(!short.ok && short.error === "invalid" && /at least 50/.test(translateMessage(translatorFor("en"), short.fieldErrors.text ?? "")));
    const long = await draftEventAs(callers.editor, { text: "x ".repeat(50_001) });
    assert.ok(!long.ok && long.error === "invalid");
  });

  test("the draft, posted back by the form, saves as the event, with the report as its source", async () => {
    const draft = await draftEventAs(callers.editor, { text: report });
    assert.ok(draft.ok);
    const values = toEventFormValues(draft.value);
    // What the browser would post: react-hook-form's dotted names.
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) {
      if (typeof value === "string") form.append(key, value);
      else {
        for (const [index, row] of value.entries()) {
          for (const [field, text] of Object.entries(row)) form.append(`${key}.${index}.${field}`, text);
        }
      }
    }
    const saved = await createEventAs(callers.editor, eventInputFromFormData(form.entries()));
    assert.ok(saved.ok, JSON.stringify(saved));
    const event = await getEvent(saved.value.slug);
    assert.ok(event);
    assert.equal(event.sources[0].text, report.trim());
    assert.equal(event.speakers.length, draft.value.speakers.length);
    assert.deepEqual(
      event.callsToAction.map((c) => c.quote),
      draft.value.callsToAction.map((c) => c.quote),
    );
  });
});

describe("the public reads of events are as they were", () => {
  test("a created event is listed and readable by its slug, seeded events first", async () => {
    const created = await createEventAs(callers.admin, eventForm());
    assert.ok(created.ok);
    const all = await listEvents();
    assert.deepEqual(
      all
        .slice(0, 2)
        .map((event) => event.slug)
        .sort(),
      seedEvents.map((event) => event.slug).sort(),
    );
    assert.ok(all.some((event) => event.slug === created.value.slug));
    assert.equal((await getEvent(created.value.slug))?.speakers.length, 2);
  });

  test("a second organizer (not the creator) cannot change an event they can read", async () => {
    const creator = await createUser("organizer", "creator");
    const reader = await createUser("organizer", "reader");
    const created = await createEventAs(creator, eventForm());
    assert.ok(created.ok);
    assert.ok((await loadOrganizerEvent(reader, created.value.slug)).ok);
    assert.deepEqual(await updateEventAs(reader, created.value.slug, eventForm()), { ok: false, error: "forbidden" });
  });
});

void getDb;
