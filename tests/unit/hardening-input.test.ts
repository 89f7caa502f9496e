import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildCreateCampaignSchema, buildEditCampaignSchema, campaignUpdateSchema } from "@/lib/campaigns/schema";
import { eventFieldErrors, eventSchema, importReportSchema, type EventFormValues } from "@/lib/events/schema";
import { parseMessageKey } from "@/lib/i18n/message-key";
import { translatorFor as organizerTranslatorFor } from "@/lib/i18n/translator";
import { createMailingSchema, updateMailingSchema } from "@/lib/mailings/schema";
import { invalidationPreviewSchema, invalidationSchema } from "@/lib/moderation/schema";
import { parseCsv } from "@/lib/offline/csv-parse";
import { isIsoDate } from "@/lib/offline/dates";
import { type Rejection, validatePaperRecords } from "@/lib/offline/paper-rows";
import { importPaperSchema, recordTallySchema } from "@/lib/offline/schema";
import { createApiKeySchema } from "@/lib/organizers/schema";
import { isCalendarDate, RECENT_YEARS } from "@/lib/validation/dates";
import { isMultiLineText, isSingleLineText, NOT_ALLOWED, searchText } from "@/lib/validation/text";
import { campaignFormFields } from "../fixtures/campaign-form";

// PostgreSQL refuses NUL in text and jsonb, and has no year 0: left to the database, either one
// is an error page. Every organizer form must refuse them first, on the field that holds them.

const NUL = "\u0000";
const NOW = new Date("2026-03-01T12:00:00Z");

// A message that is a catalog key (issue #12) is read in English; a sentence is kept as it is.
const organizerEn = organizerTranslatorFor("en");
const keyInEnglish = (message: string) => {
  const { key, values } = parseMessageKey(message);
  return organizerEn.has(key) ? organizerEn(key, values) : message;
};
const rejectionInEnglish = (rejection: Rejection) => ({ line: rejection.line, reason: `${rejection.problems.map(keyInEnglish).join("; ")}.` });

type Issues = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const errorsOf = (result: Issues) =>
  Object.fromEntries(
    [...(result.error?.issues ?? [])].reverse().map((issue) => [issue.path.map(String).join(".") || "form", keyInEnglish(issue.message)]),
  );

function validEvent(overrides: Partial<EventFormValues> = {}): EventFormValues {
  return {
    title: "Conference on the 1988 massacre",
    occurredOn: "2017-11-28",
    dateNote: "",
    place: "Town Hall, Paris",
    placeNote: "",
    host: "The Municipality of Paris",
    summary: "A conference remembered the victims.\n\nIt asked for an inquiry.",
    speakers: [{ name: "Rama Yade", role: "Former minister" }],
    sources: [{ title: "A report", publisher: "", publishedOn: "", url: "https://example.org/report", text: "Line one.\n\tLine two.", note: "" }],
    callsToAction: [{ speaker: "", target: "United Nations", action: "Open an inquiry", quote: "She called for an inquiry." }],
    ...overrides,
  };
}

describe("the shared text rule (lib/validation/text)", () => {
  test("a one-line field refuses every control character, tab and newline included, and lone surrogates", () => {
    assert.equal(isSingleLineText("Zoë – 北京 😀"), true);
    for (const bad of [NUL, "a\tb", "a\nb", "a\rb", "\u001b[0m", "\u007f", "\u0085", "\ud800", "x\udc00"]) {
      assert.equal(isSingleLineText(bad), false, JSON.stringify(bad));
    }
  });

  test("a paragraph keeps line breaks and tabs but refuses NUL and the other controls", () => {
    assert.equal(isMultiLineText("One.\r\n\tTwo.\n\nThree 😀"), true);
    for (const bad of [NUL, `a${NUL}b`, "\u000b", "\u000c", "\u001f", "\u009f", "\udfff"])
      assert.equal(isMultiLineText(bad), false, JSON.stringify(bad));
  });

  test("a search box's text drops what the database cannot take, and is bounded", () => {
    assert.equal(searchText(` Ad${NUL}a\t`, 100), "Ada");
    assert.equal(searchText(undefined, 100), "");
    assert.equal(searchText("ab😀", 3), "ab", "a pair cut in two leaves no lone half");
    assert.equal(searchText("😀", 100), "😀");
  });
});

describe("every organizer schema refuses NUL with a field error", () => {
  test("events: one-line fields, paragraphs, rows of sources, speakers and calls", () => {
    const cases: [Partial<EventFormValues>, string][] = [
      [{ title: `Conference${NUL}` }, "title"],
      [{ dateNote: `About 2017${NUL}` }, "dateNote"],
      [{ place: `Paris${NUL}` }, "place"],
      [{ placeNote: `Or Lyon${NUL}` }, "placeNote"],
      [{ host: NUL }, "host"],
      [{ summary: `It happened.\n${NUL}` }, "summary"],
      [{ speakers: [{ name: `Rama${NUL}`, role: "Minister" }] }, "speakers.0.name"],
      [{ sources: [{ ...validEvent().sources[0], text: `Report${NUL}text` }] }, "sources.0.text"],
      [{ sources: [{ ...validEvent().sources[0], url: `https://example.org/${NUL}` }] }, "sources.0.url"],
      [{ sources: [{ ...validEvent().sources[0], publisher: NUL }] }, "sources.0.publisher"],
      [{ callsToAction: [{ speaker: "", target: "UN", action: "Act", quote: `Act now${NUL}` }] }, "callsToAction.0.quote"],
    ];
    assert.ok(eventSchema.safeParse(validEvent()).success, "the valid event passes, tabs and line breaks in paragraphs included");
    for (const [overrides, path] of cases) {
      const parsed = eventSchema.safeParse(validEvent(overrides));
      assert.ok(!parsed.success, path);
      assert.equal(eventFieldErrors(parsed.error)[path], NOT_ALLOWED, path);
    }
  });

  test("events: the pasted report", () => {
    const text = `${"A long enough report about a conference. ".repeat(3)}${NUL}`;
    assert.equal(errorsOf(importReportSchema.safeParse({ text })).text, NOT_ALLOWED);
    assert.ok(importReportSchema.safeParse({ text: text.replace(NUL, "\n\t") }).success);
  });

  test("campaigns: title, summary, statement, decision makers, image description, updates", () => {
    const create = buildCreateCampaignSchema({ now: () => NOW });
    for (const field of ["title", "summary", "statement", "decisionMakers", "featuredImageAlt"]) {
      const overrides = { [field]: `Text${NUL}`, ...(field === "featuredImageAlt" && { featuredImageUrl: "https://example.org/a.png" }) };
      assert.equal(errorsOf(create.safeParse(campaignFormFields(overrides)))[field], NOT_ALLOWED, field);
    }
    assert.match(
      errorsOf(create.safeParse(campaignFormFields({ featuredImageUrl: `https://example.org/${NUL}.png`, featuredImageAlt: "A" }))).featuredImageUrl,
      /https:\/\//,
    );
    assert.match(errorsOf(create.safeParse(campaignFormFields({ decisionMakers: "UN\tSecurity Council" }))).decisionMakers, /line of their own/);
    const edit = buildEditCampaignSchema({ now: () => NOW });
    assert.ok(!edit.safeParse(campaignFormFields({ campaignSlug: `a${NUL}` })).success);
    assert.equal(
      errorsOf(campaignUpdateSchema.safeParse({ campaignSlug: "a-campaign", kind: "news", title: `T${NUL}`, body: "B" })).title,
      NOT_ALLOWED,
    );
    assert.equal(
      errorsOf(campaignUpdateSchema.safeParse({ campaignSlug: "a-campaign", kind: "news", title: "T", body: `B${NUL}` })).body,
      NOT_ALLOWED,
    );
  });

  test("mailings: subject, body and the campaign named", () => {
    const valid = { campaignSlug: "a-campaign", subject: "News", body: "Dear all,\n\n\tNews." };
    assert.ok(createMailingSchema.safeParse(valid).success);
    assert.equal(errorsOf(createMailingSchema.safeParse({ ...valid, subject: `News${NUL}` })).subject, NOT_ALLOWED);
    assert.equal(errorsOf(createMailingSchema.safeParse({ ...valid, body: `News${NUL}` })).body, NOT_ALLOWED);
    assert.equal(errorsOf(createMailingSchema.safeParse({ ...valid, subject: "News\u0007" })).subject, NOT_ALLOWED);
    assert.equal(
      errorsOf(updateMailingSchema.safeParse({ ...valid, mailingId: crypto.randomUUID(), campaignSlug: NUL })).campaignSlug,
      "Choose a campaign",
    );
  });

  test("moderation: the reason for an invalidation, and the filter", () => {
    const filter = { campaignSlug: "a-campaign", emailDomain: "spam.example" };
    assert.equal(errorsOf(invalidationSchema.safeParse({ ...filter, expectedCount: 3, reason: `Bots${NUL}` })).reason, NOT_ALLOWED);
    assert.ok(invalidationSchema.safeParse({ ...filter, expectedCount: 3, reason: "Bots,\nall from one network" }).success);
    assert.ok(errorsOf(invalidationPreviewSchema.safeParse({ ...filter, emailDomain: `spam${NUL}.example` })).emailDomain);
    assert.ok(errorsOf(invalidationPreviewSchema.safeParse({ ...filter, from: `2025-03-01T10:00${NUL}` })).from);
    assert.equal(errorsOf(invalidationPreviewSchema.safeParse({ ...filter, campaignSlug: `a${NUL}` })).campaignSlug, "Choose a campaign");
  });

  test("offline: a tally's description, source and link; a paper import's title and description", () => {
    const tally = {
      campaignSlug: "a-campaign",
      count: "2000",
      description: "more than 2,000",
      sourceTitle: "A paper",
      sourceUrl: "",
      sourceDate: "2026-01-05",
    };
    assert.ok(recordTallySchema.safeParse(tally).success);
    assert.equal(errorsOf(recordTallySchema.safeParse({ ...tally, description: `more${NUL}` })).description, NOT_ALLOWED);
    assert.equal(errorsOf(recordTallySchema.safeParse({ ...tally, sourceTitle: NUL })).sourceTitle, NOT_ALLOWED);
    assert.match(errorsOf(recordTallySchema.safeParse({ ...tally, sourceUrl: `https://news.example/${NUL}` })).sourceUrl, /web address/);
    const file = new File(["full_name\nAda\n"], "paper.csv");
    const paper = { campaignSlug: "a-campaign", sourceTitle: "Sheets", description: "At the market", file };
    assert.ok(importPaperSchema.safeParse(paper).success);
    assert.equal(errorsOf(importPaperSchema.safeParse({ ...paper, sourceTitle: `Sheets${NUL}` })).sourceTitle, NOT_ALLOWED);
    assert.equal(errorsOf(importPaperSchema.safeParse({ ...paper, description: `At${NUL}` })).description, NOT_ALLOWED);
  });

  test("organizers: an API key's label", () => {
    assert.equal(errorsOf(createApiKeySchema.safeParse({ label: `Key${NUL}` })).label, NOT_ALLOWED);
  });
});

describe("dates PostgreSQL cannot store are refused with a clear message", () => {
  test("calendar dates: four-digit years within the range", () => {
    assert.equal(isCalendarDate("1000-01-01"), true);
    assert.equal(isCalendarDate("0999-12-31"), false);
    assert.equal(isCalendarDate("0000-01-01"), false);
    assert.equal(isCalendarDate("1999-12-31", RECENT_YEARS), false);
    assert.equal(isCalendarDate("9999-12-31", RECENT_YEARS), true);
    assert.equal(isIsoDate("0000-01-01"), false, "offline dates");
    assert.equal(isIsoDate("1988-07-19"), true, "an old campaign's paper may be documented");
  });

  test("events: the event's day and a source's date", () => {
    assert.equal(errorsOf(eventSchema.safeParse(validEvent({ occurredOn: "0000-01-01" }))).occurredOn, "Enter a year from 1000 to 9999");
    const source = { ...validEvent().sources[0], publishedOn: "0000-01-01" };
    assert.equal(errorsOf(eventSchema.safeParse(validEvent({ sources: [source] })))["sources.0.publishedOn"], "Enter a year from 1000 to 9999");
  });

  test("offline: a tally's source date", () => {
    const tally = { campaignSlug: "a-campaign", count: "20", description: "20", sourceTitle: "A paper", sourceDate: "0000-01-01" };
    assert.equal(errorsOf(recordTallySchema.safeParse(tally)).sourceDate, "Enter a year from 1000 to 9999");
  });

  test("moderation: a time window from 2000 to 9999", () => {
    const filter = { campaignSlug: "a-campaign" };
    assert.match(errorsOf(invalidationPreviewSchema.safeParse({ ...filter, from: "0000-01-01T00:00" })).from, /^Enter a year from 2000 to 9999/);
    assert.match(errorsOf(invalidationPreviewSchema.safeParse({ ...filter, to: "1999-12-31T23:59" })).to, /^Enter a year from 2000 to 9999/);
    assert.ok(invalidationPreviewSchema.safeParse({ ...filter, from: "2000-01-01T00:00", to: "9999-12-31T23:59" }).success);
  });

  test("campaigns: opening and closing from 2000 to 9999", () => {
    const create = buildCreateCampaignSchema({ now: () => NOW });
    assert.equal(errorsOf(create.safeParse(campaignFormFields({ opensAt: "0000-01-01" }))).opensAt, "Enter a year from 2000 to 9999");
    assert.equal(errorsOf(create.safeParse(campaignFormFields({ opensAt: "1500-01-01T10:00" }))).opensAt, "Enter a year from 2000 to 9999");
    assert.equal(
      errorsOf(create.safeParse(campaignFormFields({ closesAt: "9999-12-31" }))).closesAt,
      "Enter a year from 2000 to 9999",
      "its end would fall in year 10000",
    );
    assert.ok(create.safeParse(campaignFormFields({ opensAt: "2000-01-01", closesAt: "9999-12-31T23:59" })).success);
  });
});

describe("paper-signature rows", () => {
  const rowsOf = (text: string) => {
    const parsed = parseCsv(text);
    assert.ok(parsed.ok);
    const result = validatePaperRecords(parsed.records, { officeRequired: false, municipalityRequired: false }, { maxRows: 100, now: NOW });
    return result.ok || result.kind === "file" ? result : { ...result, rejections: result.rejections.map(rejectionInEnglish) };
  };

  test("a NUL in any cell rejects that line with a reason, and nothing is imported", () => {
    const result = rowsOf(
      `full_name,country,city,signed_on\nAda,GB,London,2026-01-01\nGr${NUL}ace,US,,\nAlan,F${NUL},,\nMarie,PL,War${NUL}saw,\nRosa,US,,2026${NUL}-01-01\n`,
    );
    assert.ok(!result.ok && result.kind === "rows", JSON.stringify(result));
    assert.deepEqual(
      result.rejections.map((r) => r.line),
      [3, 4, 5, 6],
    );
    assert.match(result.rejections[0].reason, /full_name contains control characters/);
    assert.match(result.rejections[1].reason, /country "F�"/);
    assert.match(result.rejections[2].reason, /city contains control characters/);
    assert.match(result.rejections[3].reason, /signed_on "2026�-01-01" is not a date/);
    assert.ok(
      result.rejections.every((r) => !r.reason.includes(NUL)),
      "the reason shown back holds no NUL",
    );
  });

  test("a row signed on 0000-01-01 is rejected with the range", () => {
    const result = rowsOf("full_name,signed_on\nAda,2026-01-01\nGrace,0000-01-01\n");
    assert.ok(!result.ok && result.kind === "rows");
    assert.deepEqual(result.rejections, [{ line: 3, reason: 'signed_on "0000-01-01" is out of range: the year must be from 1000 to 9999.' }]);
  });
});
