import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { callMessage, callSentenceText, type CallForSentence } from "@/lib/events/call-sentence";
import { eventDateLabel } from "@/lib/events/date-label";
import { eventSchema, EMPTY_EVENT_FORM, importReportSchema } from "@/lib/events/schema";
import { parseMessageKey, translateMessage } from "@/lib/i18n/message-key";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { type AbstractIntlMessages, createTranslator } from "use-intl/core";

// The events area in the reader's language (issue #12): the call to action read from the catalogs,
// the event's day in each calendar, and the form's messages as catalog keys every language has.

/** A root translator with `has` and `markup`, which translatorFor (a plain function) does not offer. */
const translator = (locale: "en" | "fr" | "fa") =>
  createTranslator({ locale, messages: CATALOGS[locale] as unknown as AbstractIntlMessages, timeZone: "UTC" });
type Loose = import("@/lib/i18n/message-key").RootTranslator;

const CALLS: CallForSentence[] = [
  { speaker: "Maryam Rajavi", target: "UN Security Council", action: "Refer the dossier to the International Criminal Court" },
  { speaker: "Ingrid Betancourt", target: "Not named in the report", action: "Put those responsible on trial" },
  { speaker: "Ingrid Betancourt", target: "Not named in the report (the speaker said “we”)", action: "Stand together" },
  { speaker: null, target: "Not named in the report (the speaker said “we”)", action: "Stand together" },
  { speaker: null, target: "French government", action: "Support the creation of a tribunal" },
  { speaker: null, target: "Not named in the report", action: "Open an inquest into every death in custody" },
  { speaker: "Pietro Liuzzi", target: "Europe", action: "Designate the IRGC" },
  { speaker: "Ingrid Betancourt", target: "UN", action: "Play its role" },
];

/** The call as plain text, the way the page renders it (tags dropped, their text kept). */
function rendered(locale: "en" | "fr" | "fa", call: CallForSentence): string {
  const t = translator(locale);
  const { key, ...values } = callMessage(call, locale === "en");
  return t.markup(`events.call.${key}` as never, { ...values, strong: (chunks: string) => chunks, act: (chunks: string) => chunks } as never);
}

describe("a call to action in the reader's language", () => {
  test("English reads exactly as the English sentence", () => {
    for (const call of CALLS) assert.equal(rendered("en", call), callSentenceText(call));
  });

  test("French and Persian keep who is called on and the action as the report wrote them", () => {
    const call = CALLS[0];
    assert.equal(rendered("fr", call), "Maryam Rajavi a appelé UN Security Council à\u00a0: Refer the dossier to the International Criminal Court.");
    assert.equal(rendered("fa", call), "Maryam Rajavi از UN Security Council خواست: Refer the dossier to the International Criminal Court.");
    assert.match(rendered("fr", { speaker: null, target: "Non précisé dans l’article", action: "Agir" }), /^L’article fait état d’un appel à/);
  });
});

describe("an event's day", () => {
  test("in Persian, the Solar Hijri day beside the Gregorian one", () => {
    const event = { occurredOn: "2017-11-28", dateNote: "" };
    assert.match(eventDateLabel(event, "fa"), /^۷ آذر ۱۳۹۶/);
    assert.equal(eventDateLabel(event, "fr"), "28 novembre 2017");
    assert.equal(eventDateLabel(event, "en"), "28 November 2017", "English as before");
    assert.equal(eventDateLabel({ occurredOn: null, dateNote: "2017. The report gives no day." }, "fa"), "2017");
  });
});

describe("the form's messages are catalog keys", () => {
  const invalid = {
    ...EMPTY_EVENT_FORM,
    title: "x".repeat(201),
    speakers: [{ name: "", role: "" }],
    sources: [{ title: "", publisher: "", publishedOn: "2017-02-30", url: "not a link", text: "", note: "" }],
    callsToAction: [{ speaker: "", target: "", action: "", quote: "" }],
  };

  test("every message of the event and report schemas exists in every language", () => {
    const result = eventSchema.safeParse(invalid);
    const report = importReportSchema.safeParse({ text: "too short" });
    assert.ok(!result.success && !report.success);
    const messages = [...result.error.issues, ...report.error.issues].map((issue) => issue.message);
    assert.ok(messages.length >= 10, messages.join("\n"));
    for (const locale of ["en", "fr", "fa"] as const) {
      const t = translator(locale);
      for (const message of messages) assert.ok(t.has(parseMessageKey(message).key as never), `${locale}: ${message}`);
    }
  });

  test("read in English as before, with Persian digits in Persian", () => {
    const result = eventSchema.safeParse(invalid);
    assert.ok(!result.success);
    const tooLong = result.error.issues.find((issue) => issue.path.join(".") === "title")!.message;
    assert.equal(translateMessage(translator("en") as unknown as Loose, tooLong), "At most 200 characters");
    assert.equal(translateMessage(translator("fa") as unknown as Loose, tooLong), "حداکثر ۲۰۰ نویسه");
    assert.equal(
      translateMessage(translator("en") as unknown as Loose, 'events.import.tooManyRecent?{"minutes":1}'),
      "You have read several reports just now: wait a minute.",
    );
  });
});
