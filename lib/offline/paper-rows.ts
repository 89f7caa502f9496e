import type { Campaign, SignerFields } from "@/lib/db/schema";
import { isCountryCode } from "@/lib/signing/countries";
import { OFFICES, type Office } from "@/lib/signatory-list/offices";
import type { CsvRecord } from "./csv-parse";
import { isSingleLineText } from "@/lib/validation/text";
import { isFutureDate, isIsoDate, isYearOutOfRange } from "./dates";
import { messageKey } from "@/lib/i18n/message-key";

// Row-by-row checks of a paper-signature file (issue #3). Every line is checked and every problem
// reported, so an organizer fixes the file once; if any line is rejected, nothing is imported.
// Messages and problems are catalog keys (lib/i18n/message-key.ts); column names stay as written.

const m = (key: string, values?: Record<string, string | number>) => messageKey(`organizer.offline.rows.${key}`, values);

const PAPER_COLUMNS = ["full_name", "country", "city", "postcode", "office", "municipality", "signed_on"] as const;
type PaperColumn = (typeof PAPER_COLUMNS)[number];

const REJECTIONS_SHOWN = 100;

export type PaperRules = { officeRequired: boolean; municipalityRequired: boolean };

/** A declaration of elected officials asks office and municipality of every signer, on paper too. */
export function paperRulesFor(campaign: { kind: Campaign["kind"]; signerFields: SignerFields }): PaperRules {
  const declaration = campaign.kind === "declaration";
  return {
    officeRequired: declaration || campaign.signerFields.office === "required",
    municipalityRequired: declaration || campaign.signerFields.municipality === "required",
  };
}

export type PaperSignature = {
  line: number;
  fullName: string;
  country: string | null;
  city: string | null;
  postcode: string | null;
  office: Office | null;
  municipality: string | null;
  signedOn: string | null;
};

/** A rejected line and its problems, each a catalog key; the report lists them in one sentence. */
export type Rejection = { line: number; problems: string[] };

export type PaperValidation =
  | { ok: true; rows: PaperSignature[] }
  | { ok: false; kind: "file"; message: string }
  | { ok: false; kind: "rows"; rejections: Rejection[]; rejectedCount: number; rowCount: number };

const officeByName = new Map<string, Office>(
  (Object.entries(OFFICES) as [Office, string][]).flatMap(([key, label]) => [
    [key, key],
    [label.toLowerCase(), key],
  ]),
);

// A cell is shown back in the list of rejections (the catalog puts it in quotes): its invisible
// characters as "�".
const quoted = (value: string) => {
  const shown = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\ufffd");
  return shown.length > 40 ? `${shown.slice(0, 39)}…` : shown;
};

function checkHeader(cells: string[], rules: PaperRules): { ok: true; columns: PaperColumn[] } | { ok: false; message: string } {
  const names = cells.map((cell) =>
    cell
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  const known = new Set<string>(PAPER_COLUMNS);
  const columns = PAPER_COLUMNS.slice(1).join(", ");
  if (!names.some((name) => known.has(name))) {
    const semicolons = names.length === 1 && names[0].includes(";");
    return { ok: false, message: m(semicolons ? "semicolons" : "noHeader", { columns }) };
  }
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    if (name === "") return { ok: false, message: m("unnamedColumn", { index: index + 1, columns }) };
    if (!known.has(name)) return { ok: false, message: m("unknownColumn", { name: quoted(cells[index].trim()), columns }) };
    if (seen.has(name)) return { ok: false, message: m("duplicateColumn", { name }) };
    seen.add(name);
  }
  const required = ["full_name", ...(rules.officeRequired ? ["office"] : []), ...(rules.municipalityRequired ? ["municipality"] : [])];
  const missing = required.filter((name) => !seen.has(name));
  if (missing.length > 0) {
    const [a = "", b = "", c = ""] = missing;
    return { ok: false, message: m("missingColumns", { columns: ["one", "two", "three"][missing.length - 1], a, b, c }) };
  }
  return { ok: true, columns: names as PaperColumn[] };
}

function textValue(column: string, value: string, max: number, problems: string[]): string | null {
  if (value === "") return null;
  if (value.length > max) problems.push(m("tooLong", { column, max }));
  else if (!isSingleLineText(value)) problems.push(m("controlCharacters", { column }));
  return value;
}

function checkRow(record: CsvRecord, columns: PaperColumn[], rules: PaperRules, now: Date): PaperSignature | string[] {
  if (record.cells.length !== columns.length) {
    return [m("fieldCount", { count: record.cells.length, expected: columns.length })];
  }
  const value = (column: PaperColumn) => {
    const index = columns.indexOf(column);
    return index < 0 ? "" : record.cells[index].trim();
  };
  const problems: string[] = [];
  const fullName = textValue("full_name", value("full_name"), 100, problems);
  if (fullName === null) problems.push(m("empty", { column: "full_name" }));

  let country = value("country").toUpperCase() || null;
  if (country && !isCountryCode(country)) {
    problems.push(m("country", { value: quoted(value("country")) }));
    country = null;
  }
  const city = textValue("city", value("city"), 100, problems);
  const postcode = textValue("postcode", value("postcode"), 20, problems);
  const municipality = textValue("municipality", value("municipality"), 120, problems);
  if (rules.municipalityRequired && municipality === null) problems.push(m("empty", { column: "municipality" }));

  const officeText = value("office");
  const office = officeText ? (officeByName.get(officeText.toLowerCase()) ?? null) : null;
  if (officeText && !office) problems.push(m("office", { value: quoted(officeText), offices: Object.keys(OFFICES).join(", ") }));
  if (!officeText && rules.officeRequired) problems.push(m("empty", { column: "office" }));

  const signedOn = value("signed_on") || null;
  if (signedOn && isYearOutOfRange(signedOn)) problems.push(m("yearRange", { value: quoted(signedOn) }));
  else if (signedOn && !isIsoDate(signedOn)) problems.push(m("notDate", { value: quoted(signedOn) }));
  else if (signedOn && isFutureDate(signedOn, now)) problems.push(m("future", { value: signedOn }));

  if (problems.length > 0) return problems;
  return { line: record.line, fullName: fullName!, country, city, postcode, office, municipality, signedOn };
}

/** Checks the header and every row of a parsed file. Blank lines are skipped. */
export function validatePaperRecords(records: CsvRecord[], rules: PaperRules, options: { maxRows: number; now?: Date }): PaperValidation {
  const [header, ...body] = records;
  if (!header) return { ok: false, kind: "file", message: messageKey("organizer.offline.csv.empty") };
  const checked = checkHeader(header.cells, rules);
  if (!checked.ok) return { ok: false, kind: "file", message: checked.message };
  const data = body.filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  if (data.length === 0) return { ok: false, kind: "file", message: m("noSignatures") };
  if (data.length > options.maxRows) {
    return {
      ok: false,
      kind: "file",
      message: m("tooManyRows", { count: data.length, max: options.maxRows }),
    };
  }
  const now = options.now ?? new Date();
  const rows: PaperSignature[] = [];
  const rejections: Rejection[] = [];
  let rejectedCount = 0;
  for (const record of data) {
    const result = checkRow(record, checked.columns, rules, now);
    if (!Array.isArray(result)) {
      rows.push(result);
      continue;
    }
    rejectedCount++;
    if (rejections.length < REJECTIONS_SHOWN) rejections.push({ line: record.line, problems: result });
  }
  if (rejectedCount > 0) return { ok: false, kind: "rows", rejections, rejectedCount, rowCount: data.length };
  return { ok: true, rows };
}
