import type { PublicSignatory } from "./queries";

export const SIGNATORY_CSV_HEADER = ["name", "place", "office", "comment", "verified", "signed_on", "register_extract"];

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula:
// such cells get a leading apostrophe. Cells with commas, quotes or line breaks are quoted.
export function csvCell(value: string | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: (string | boolean | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function signatoryCsvRow(signatory: PublicSignatory): string {
  return csvRow([
    signatory.name,
    signatory.place,
    signatory.office,
    signatory.comment,
    signatory.verified,
    signatory.signedOn,
    signatory.registerExtract,
  ]);
}
