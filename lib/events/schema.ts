import { z } from "zod";
import { DOCUMENTED_YEARS, hasYearOutside, isCalendarDate, yearsMessage } from "@/lib/validation/dates";
import { multiLine, paragraphText, singleLine } from "@/lib/validation/text";
import { messageKey } from "@/lib/i18n/message-key";
import { LOCALES } from "@/lib/i18n/routing";

// Inputs of the event forms (issue #3, "Documented events"): one schema checks the form in the
// browser (react-hook-form) and again in the server action. Form values are all strings; the
// parsed value has nulls where a field was left empty, the shape the database stores.

export const EVENT_LIMITS = {
  title: 200,
  dateNote: 500,
  place: 300,
  placeNote: 1000,
  host: 1000,
  summary: 5000,
  speakers: 50,
  sources: 20,
  callsToAction: 50,
  name: 200,
  role: 300,
  sourceTitle: 300,
  publisher: 200,
  url: 2000,
  sourceText: 100_000,
  note: 2000,
  target: 300,
  action: 1000,
  quote: 5000,
} as const;

const REPORT_MIN = 50;
export const REPORT_MAX = 100_000;

// Messages are catalog keys (lib/i18n/message-key.ts), shown in the reader's language by the form.
const tooLong = (max: number) => messageKey("events.errors.tooLong", { max });

// Which fields are one line and which are paragraphs (textareas) decides which control characters
// they refuse: every one in a line, all but line breaks and tabs in a paragraph (lib/validation/text),
// whose line breaks become LF before their length is counted. A "wrapped" field is one line typed in
// a textarea, so that a long value shows whole (who hosted, what a call asks): its line breaks are spaces.
type Lines = "line" | "wrapped" | "paragraphs";
const unwrap = (text: string) => text.replace(/[\r\n]+/g, " ");
const plainText = (build: (text: z.ZodString) => z.ZodString, lines: Lines, params?: Parameters<typeof z.string>[0]) => {
  if (lines === "paragraphs") return multiLine(build(paragraphText(params)));
  return singleLine(build(lines === "wrapped" ? z.string(params).overwrite(unwrap) : z.string(params)));
};

const requiredText = (max: number, message: string, lines: Lines = "line") =>
  plainText((text) => text.trim().min(1, message).max(max, tooLong(max)), lines, { message });

/** Optional text: missing or blank becomes null. */
const optionalText = (max: number, lines: Lines = "line") =>
  plainText((text) => text.trim().max(max, tooLong(max)), lines)
    .optional()
    .transform((value) => (value ? value : null));

/** A real date written YYYY-MM-DD, from year 1000 (PostgreSQL has no year 0). */
function isIsoDate(value: string): boolean {
  return isCalendarDate(value, DOCUMENTED_YEARS);
}

const optionalDate = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || !hasYearOutside(value, DOCUMENTED_YEARS), yearsMessage(DOCUMENTED_YEARS))
    .refine((value) => !value || isIsoDate(value), message)
    .transform((value) => (value ? value : null));

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

const speakerSchema = z.object({
  name: requiredText(EVENT_LIMITS.name, messageKey("events.errors.speakerName")),
  role: requiredText(EVENT_LIMITS.role, messageKey("events.errors.speakerRole"), "wrapped"),
});

const sourceSchema = z
  .object({
    title: requiredText(EVENT_LIMITS.sourceTitle, messageKey("events.errors.sourceTitle")),
    publisher: optionalText(EVENT_LIMITS.publisher),
    publishedOn: optionalDate(messageKey("events.errors.sourceDate")),
    url: optionalText(EVENT_LIMITS.url).refine((value) => !value || isWebAddress(value), messageKey("events.errors.sourceUrl")),
    text: optionalText(EVENT_LIMITS.sourceText, "paragraphs"),
    note: optionalText(EVENT_LIMITS.note, "paragraphs"),
  })
  .superRefine((source, context) => {
    // A source nobody can read documents nothing: it needs a link, its text, or both.
    if (!source.url && !source.text) {
      context.addIssue({ code: "custom", path: ["url"], message: messageKey("events.errors.sourceLinkOrText") });
    }
  });

const callToActionSchema = z.object({
  speaker: optionalText(EVENT_LIMITS.name),
  target: requiredText(EVENT_LIMITS.target, messageKey("events.errors.callTarget"), "wrapped"),
  action: requiredText(EVENT_LIMITS.action, messageKey("events.errors.callAction"), "wrapped"),
  quote: requiredText(EVENT_LIMITS.quote, messageKey("events.errors.callQuote"), "paragraphs"),
});

export const eventSchema = z
  .object({
    title: requiredText(EVENT_LIMITS.title, messageKey("events.errors.title")),
    occurredOn: optionalDate(messageKey("events.errors.occurredOn")),
    dateNote: singleLine(z.string().overwrite(unwrap).trim().max(EVENT_LIMITS.dateNote, tooLong(EVENT_LIMITS.dateNote)))
      .optional()
      .default(""),
    place: requiredText(EVENT_LIMITS.place, messageKey("events.errors.place")),
    placeNote: optionalText(EVENT_LIMITS.placeNote, "paragraphs"),
    host: requiredText(EVENT_LIMITS.host, messageKey("events.errors.host"), "wrapped"),
    summary: requiredText(EVENT_LIMITS.summary, messageKey("events.errors.summary"), "paragraphs"),
    speakers: z
      .array(speakerSchema)
      .max(EVENT_LIMITS.speakers, messageKey("events.errors.tooManySpeakers", { max: EVENT_LIMITS.speakers }))
      .default([]),
    sources: z
      .array(sourceSchema)
      .min(1, messageKey("events.errors.noSource"))
      .max(EVENT_LIMITS.sources, messageKey("events.errors.tooManySources", { max: EVENT_LIMITS.sources }))
      .default([]),
    callsToAction: z
      .array(callToActionSchema)
      .max(EVENT_LIMITS.callsToAction, messageKey("events.errors.tooManyCalls", { max: EVENT_LIMITS.callsToAction }))
      .default([]),
  })
  .superRefine((event, context) => {
    // The public page shows the note when there is no exact day, so one of the two must say something.
    if (!event.occurredOn && !event.dateNote) {
      context.addIssue({
        code: "custom",
        path: ["dateNote"],
        message: messageKey("events.errors.dateOrNote"),
      });
    }
  });

export type EventFormValues = {
  title: string;
  occurredOn: string;
  dateNote: string;
  place: string;
  placeNote: string;
  host: string;
  summary: string;
  speakers: { name: string; role: string }[];
  sources: { title: string; publisher: string; publishedOn: string; url: string; text: string; note: string }[];
  callsToAction: { speaker: string; target: string; action: string; quote: string }[];
};

/** A valid event, as stored: what the server saves, what the import drafts, what the edit form starts from. */
export type EventInput = z.output<typeof eventSchema>;

export const emptySource = (): EventFormValues["sources"][number] => ({
  title: "",
  publisher: "",
  publishedOn: "",
  url: "",
  text: "",
  note: "",
});

export const EMPTY_EVENT_FORM: EventFormValues = {
  title: "",
  occurredOn: "",
  dateNote: "",
  place: "",
  placeNote: "",
  host: "",
  summary: "",
  speakers: [],
  sources: [emptySource()],
  callsToAction: [],
};

/** The form's strings for an event or a draft: nulls become empty fields. */
export function toEventFormValues(event: EventInput): EventFormValues {
  const text = (value: string | null | undefined) => value ?? "";
  return {
    title: event.title,
    occurredOn: text(event.occurredOn),
    dateNote: event.dateNote,
    place: event.place,
    placeNote: text(event.placeNote),
    host: event.host,
    summary: event.summary,
    speakers: event.speakers.map(({ name, role }) => ({ name, role })),
    sources: event.sources.map((source) => ({
      title: source.title,
      publisher: text(source.publisher),
      publishedOn: text(source.publishedOn),
      url: text(source.url),
      text: text(source.text),
      note: text(source.note),
    })),
    callsToAction: event.callsToAction.map((call) => ({
      speaker: text(call.speaker),
      target: call.target,
      action: call.action,
      quote: call.quote,
    })),
  };
}

export const importReportSchema = z.object({
  text: multiLine(
    paragraphText({ message: messageKey("events.errors.reportRequired") })
      .trim()
      .min(REPORT_MIN, messageKey("events.errors.reportTooShort", { min: REPORT_MIN }))
      .max(REPORT_MAX, tooLong(REPORT_MAX)),
  ),
});
export type ImportReportInput = z.input<typeof importReportSchema>;

/** Zod issues keyed by their full path ("speakers.0.name"), the first message for each. */
export function eventFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** A call's wording in a translation: both who is called on and what they ask, or neither. */
const callWordingSchema = z
  .object({ target: optionalText(EVENT_LIMITS.target, "wrapped"), action: optionalText(EVENT_LIMITS.action, "wrapped") })
  .superRefine((call, context) => {
    if (call.target && !call.action) context.addIssue({ code: "custom", path: ["action"], message: messageKey("events.errors.callAction") });
    if (call.action && !call.target) context.addIssue({ code: "custom", path: ["target"], message: messageKey("events.errors.callTarget") });
  });

/** An event's title, summary and calls' wording in another language than its own (issue #12). */
export const eventTranslationSchema = z.object({
  eventSlug: z.string(),
  language: z.enum(LOCALES, { error: messageKey("editor.errors.languageRequired") }),
  title: requiredText(EVENT_LIMITS.title, messageKey("events.errors.title")),
  summary: requiredText(EVENT_LIMITS.summary, messageKey("events.errors.summary"), "paragraphs"),
  // Who each call is on and what it asks, in the calls' order; a blank one keeps the report's words.
  calls: z.array(callWordingSchema).max(EVENT_LIMITS.callsToAction).default([]),
});
export type EventTranslationData = z.output<typeof eventTranslationSchema>;

export const deleteEventTranslationSchema = z.object({
  eventSlug: z.string(),
  language: z.enum(LOCALES, { error: messageKey("editor.errors.languageRequired") }),
});
