import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildCreateCampaignSchema, campaignUpdateSchema } from "@/lib/campaigns/schema";
import { eventSchema, importReportSchema, type EventFormValues } from "@/lib/events/schema";
import { createMailingSchema } from "@/lib/mailings/schema";
import { multiLine, normaliseLineEndings } from "@/lib/validation/text";
import { campaignFormFields } from "../fixtures/campaign-form";

// A browser sends every line break of a textarea as CRLF; old Mac text and some PDF copies have a
// lone CR. Each multi-line field stores LF alone, so that what the OSDI API and the emails serve
// has "\n", never "\r\n" (issue #11).

const CRLF = "First paragraph.\r\n\r\nSecond paragraph.\rThird line.";
const LF = "First paragraph.\n\nSecond paragraph.\nThird line.";

describe("the shared rule (lib/validation/text)", () => {
  test("CRLF and a lone CR become LF; LF and tabs stay", () => {
    assert.equal(normaliseLineEndings(CRLF), LF);
    assert.equal(normaliseLineEndings("a\n\tb\r\n"), "a\n\tb\n");
    assert.equal(normaliseLineEndings("\r\r\n\n"), "\n\n\n");
  });

  test("a multi-line schema normalises whatever string schema it is built on", () => {
    assert.equal(multiLine().parse(CRLF), LF);
  });
});

describe("every multi-line field stores LF", () => {
  test("a campaign's summary, statement and decision makers", () => {
    const parsed = buildCreateCampaignSchema().parse(
      campaignFormFields({
        summary: CRLF,
        statement: `${CRLF}\r\n`,
        decisionMakers: "UN Human Rights Council\r\nUN High Commissioner\rUN Security Council",
      }),
    );
    assert.equal(parsed.summary, LF);
    assert.equal(parsed.statement, LF, "trimmed too");
    assert.deepEqual(parsed.decisionMakers, ["UN Human Rights Council", "UN High Commissioner", "UN Security Council"]);
  });

  test("a campaign update's body", () => {
    const parsed = campaignUpdateSchema.parse({ campaignSlug: "a-campaign", kind: "news", title: "News", body: CRLF });
    assert.equal(parsed.body, LF);
  });

  test("a mailing's body", () => {
    assert.equal(createMailingSchema.parse({ campaignSlug: "a-campaign", subject: "News", body: CRLF }).body, LF);
  });

  test("an event's summary, place note, sources' text and notes, and quotes", () => {
    const form: EventFormValues = {
      title: "Conference",
      occurredOn: "2017-11-28",
      dateNote: "",
      place: "Town Hall, Paris",
      placeNote: CRLF,
      host: "The Municipality",
      summary: CRLF,
      speakers: [],
      sources: [{ title: "A report", publisher: "", publishedOn: "", url: "", text: CRLF, note: CRLF }],
      callsToAction: [{ speaker: "", target: "United Nations", action: "Open an inquiry", quote: CRLF }],
    };
    const parsed = eventSchema.parse(form);
    assert.deepEqual(
      [parsed.summary, parsed.placeNote, parsed.sources[0].text, parsed.sources[0].note, parsed.callsToAction[0].quote],
      [LF, LF, LF, LF, LF],
    );
  });

  test("the text of a report to import", () => {
    const text = `Headline\r\n\r\n${"A paragraph of the report that is long enough to be read. ".repeat(2)}\r\nThe end.`;
    assert.equal(importReportSchema.parse({ text }).text, normaliseLineEndings(text).trim());
    assert.ok(!importReportSchema.parse({ text }).text.includes("\r"));
  });
});

test("a length counts one character per line break, as the browser's maxLength does", () => {
  // 1,000 characters with LF: the browser let it through; sent with CRLF it is 1,000 + the breaks.
  const summary = `${"a".repeat(499)}\r\n${"b".repeat(500)}`;
  const parsed = buildCreateCampaignSchema().safeParse(campaignFormFields({ summary }));
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  assert.equal(parsed.data.summary.length, 1000);
});
