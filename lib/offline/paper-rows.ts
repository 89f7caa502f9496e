import type { Campaign, SignerFields } from "@/lib/db/schema";
import { isCountryCode } from "@/lib/signing/countries";
import { OFFICES, type Office } from "@/lib/signatory-list/offices";
import type { CsvRecord } from "./csv-parse";
import { isSingleLineText } from "@/lib/validation/text";
import { isFutureDate, isIsoDate, isYearOutOfRange } from "./dates";

// Row-by-row checks of a paper-signature file (issue #3). Every line is checked and every problem
// reported, so an organizer fixes the file once; if any line is rejected, nothing is imported.

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

export type Rejection = { line: number; reason: string };

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

// A quoted cell is shown back in the list of rejections: its invisible characters as "�".
const quoted = (value: string) => {
  const shown = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\ufffd");
  return `"${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}"`;
};

function checkHeader(cells: string[], rules: PaperRules): { ok: true; columns: PaperColumn[] } | { ok: false; message: string } {
  const names = cells.map((cell) =>
    cell
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  const known = new Set<string>(PAPER_COLUMNS);
  const list = `full_name (required), ${PAPER_COLUMNS.slice(1).join(", ")}`;
  if (!names.some((name) => known.has(name))) {
    const hint = names.length === 1 && names[0].includes(";") ? " The file seems to use semicolons: save it comma-separated." : "";
    return {
      ok: false,
      message: `The first line must be a header naming the columns, such as full_name,country,city. The columns are: ${list}.${hint}`,
    };
  }
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    if (name === "") return { ok: false, message: `Column ${index + 1} of the header has no name. The columns are: ${list}.` };
    if (!known.has(name)) return { ok: false, message: `The header has an unknown column ${quoted(cells[index].trim())}. The columns are: ${list}.` };
    if (seen.has(name)) return { ok: false, message: `The column "${name}" appears twice in the header.` };
    seen.add(name);
  }
  const required = ["full_name", ...(rules.officeRequired ? ["office"] : []), ...(rules.municipalityRequired ? ["municipality"] : [])];
  const missing = required.filter((name) => !seen.has(name));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `The header has no ${missing.join(" and ")} column${missing.length > 1 ? "s" : ""}, which ${missing.length > 1 ? "are" : "is"} required.`,
    };
  }
  return { ok: true, columns: names as PaperColumn[] };
}

function textValue(column: string, value: string, max: number, problems: string[]): string | null {
  if (value === "") return null;
  if (value.length > max) problems.push(`${column} is longer than ${max} characters`);
  else if (!isSingleLineText(value)) problems.push(`${column} contains control characters`);
  return value;
}

function checkRow(record: CsvRecord, columns: PaperColumn[], rules: PaperRules, now: Date): PaperSignature | string[] {
  if (record.cells.length !== columns.length) {
    return [`it has ${record.cells.length} field${record.cells.length === 1 ? "" : "s"}, the header has ${columns.length}`];
  }
  const value = (column: PaperColumn) => {
    const index = columns.indexOf(column);
    return index < 0 ? "" : record.cells[index].trim();
  };
  const problems: string[] = [];
  const fullName = textValue("full_name", value("full_name"), 100, problems);
  if (fullName === null) problems.push("full_name is empty");

  let country = value("country").toUpperCase() || null;
  if (country && !isCountryCode(country)) {
    problems.push(`country ${quoted(value("country"))} is not a two-letter ISO 3166 code such as FR or GB`);
    country = null;
  }
  const city = textValue("city", value("city"), 100, problems);
  const postcode = textValue("postcode", value("postcode"), 20, problems);
  const municipality = textValue("municipality", value("municipality"), 120, problems);
  if (rules.municipalityRequired && municipality === null) problems.push("municipality is empty");

  const officeText = value("office");
  const office = officeText ? (officeByName.get(officeText.toLowerCase()) ?? null) : null;
  if (officeText && !office) problems.push(`office ${quoted(officeText)} is not one of: ${Object.keys(OFFICES).join(", ")}`);
  if (!officeText && rules.officeRequired) problems.push("office is empty");

  const signedOn = value("signed_on") || null;
  if (signedOn && isYearOutOfRange(signedOn)) problems.push(`signed_on ${quoted(signedOn)} is out of range: the year must be from 1000 to 9999`);
  else if (signedOn && !isIsoDate(signedOn)) problems.push(`signed_on ${quoted(signedOn)} is not a date written YYYY-MM-DD`);
  else if (signedOn && isFutureDate(signedOn, now)) problems.push(`signed_on ${signedOn} is in the future`);

  if (problems.length > 0) return problems;
  return { line: record.line, fullName: fullName!, country, city, postcode, office, municipality, signedOn };
}

/** Checks the header and every row of a parsed file. Blank lines are skipped. */
export function validatePaperRecords(records: CsvRecord[], rules: PaperRules, options: { maxRows: number; now?: Date }): PaperValidation {
  const [header, ...body] = records;
  if (!header) return { ok: false, kind: "file", message: "The file is empty." };
  const checked = checkHeader(header.cells, rules);
  if (!checked.ok) return { ok: false, kind: "file", message: checked.message };
  const data = body.filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  if (data.length === 0) return { ok: false, kind: "file", message: "The file has a header but no signatures." };
  if (data.length > options.maxRows) {
    return {
      ok: false,
      kind: "file",
      message: `The file has ${data.length.toLocaleString("en-GB")} signatures; at most ${options.maxRows.toLocaleString("en-GB")} can be imported at once. Split it into smaller files.`,
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
    if (rejections.length < REJECTIONS_SHOWN) rejections.push({ line: record.line, reason: `${result.join("; ")}.` });
  }
  if (rejectedCount > 0) return { ok: false, kind: "rows", rejections, rejectedCount, rowCount: data.length };
  return { ok: true, rows };
}
