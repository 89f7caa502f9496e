import type { EventFormValues } from "./schema";

// A posted event form back into the shape of eventSchema. react-hook-form names the inputs of
// its field arrays "speakers.0.name", "sources.1.url", ...; only the known names are read, and
// a row index has at most three digits, so a forged form can neither add properties nor make
// a huge sparse array. Rows keep the order of their indexes.

const FIELDS = new Set(["title", "occurredOn", "dateNote", "place", "placeNote", "host", "summary"]);
const LISTS: Record<string, Set<string>> = {
  speakers: new Set(["name", "role"]),
  sources: new Set(["title", "publisher", "publishedOn", "url", "text", "note"]),
  callsToAction: new Set(["speaker", "target", "action", "quote"]),
};
const ROW_FIELD = /^(speakers|sources|callsToAction)\.(\d{1,3})\.([A-Za-z]+)$/;

export function eventInputFromFormData(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const rows = new Map<string, Map<number, Record<string, string>>>();
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    if (FIELDS.has(key)) {
      input[key] = value;
      continue;
    }
    const match = ROW_FIELD.exec(key);
    if (!match || !LISTS[match[1]].has(match[3])) continue;
    const list = rows.get(match[1]) ?? new Map<number, Record<string, string>>();
    const row = list.get(Number(match[2])) ?? {};
    row[match[3]] = value;
    list.set(Number(match[2]), row);
    rows.set(match[1], list);
  }
  for (const name of Object.keys(LISTS)) {
    input[name] = [...(rows.get(name) ?? new Map<number, Record<string, string>>()).entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  }
  return input;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const rowsOf = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);

/** What was posted, as the form's values again: a form posted without JavaScript shows it back. */
export function formValuesFromInput(input: Record<string, unknown>): EventFormValues {
  return {
    title: text(input.title),
    occurredOn: text(input.occurredOn),
    dateNote: text(input.dateNote),
    place: text(input.place),
    placeNote: text(input.placeNote),
    host: text(input.host),
    summary: text(input.summary),
    speakers: rowsOf(input.speakers).map((row) => ({ name: text(row.name), role: text(row.role) })),
    sources: rowsOf(input.sources).map((row) => ({
      title: text(row.title),
      publisher: text(row.publisher),
      publishedOn: text(row.publishedOn),
      url: text(row.url),
      text: text(row.text),
      note: text(row.note),
    })),
    callsToAction: rowsOf(input.callsToAction).map((row) => ({
      speaker: text(row.speaker),
      target: text(row.target),
      action: text(row.action),
      quote: text(row.quote),
    })),
  };
}

const CALL_WORDING = /^calls\.(\d{1,2})\.(target|action)$/;

/**
 * A posted translation form into the shape of eventTranslationSchema: its "calls.0.target",
 * "calls.0.action", ... into `calls`, in their order (at most two digits: 50 calls at most).
 * An input that already has `calls` (a command called directly) is left as it is.
 */
export function translationInputFromValues(values: unknown): unknown {
  if (!values || typeof values !== "object" || Array.isArray(values) || "calls" in values) return values;
  const calls: Record<string, string>[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const match = CALL_WORDING.exec(key);
    if (!match) rest[key] = value;
    else if (typeof value === "string") {
      const index = Number(match[1]);
      calls[index] = { ...calls[index], [match[2]]: value };
    }
  }
  return { ...rest, calls: Array.from(calls, (call) => call ?? {}) };
}
