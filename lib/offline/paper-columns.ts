import { OFFICES } from "@/lib/signatory-list/offices";
import type { PaperRules } from "./paper-rows";

// What the offline page says about a paper-signature file, and the example file it offers (issue #11):
// every column paper-rows.ts accepts, which of them this campaign requires, what each holds, and two
// rows that pass its checks. tests/integration/offline-example-csv.test.ts holds the two together.

export type PaperColumnGuide = { name: string; required: boolean; meaning: string; examples: [string, string] };

/** The columns, in the order of the example file; `required` by the campaign's rules. */
export function paperColumnGuide(rules: PaperRules): PaperColumnGuide[] {
  return [
    {
      name: "full_name",
      required: true,
      meaning: "The signer's name as written on the sheet, up to 100 characters.",
      examples: ["Amélie Dubois", "Jean-Baptiste Oyelaran"],
    },
    { name: "country", required: false, meaning: "Two-letter country code (ISO 3166), such as FR or GB.", examples: ["FR", "GB"] },
    { name: "city", required: false, meaning: "City or town, up to 100 characters.", examples: ["Lyon", "London"] },
    { name: "postcode", required: false, meaning: "Postcode, up to 20 characters.", examples: ["69001", "SW1A 1AA"] },
    {
      name: "office",
      required: rules.officeRequired,
      meaning: `The office the signer holds: one of ${Object.keys(OFFICES).join(", ")}, or its name in words (“Deputy mayor”).`,
      examples: ["mayor", "Municipal councillor"],
    },
    {
      name: "municipality",
      required: rules.municipalityRequired,
      meaning: "The municipality or authority where the signer holds office, up to 120 characters.",
      examples: ["Lyon", "London Borough of Camden"],
    },
    {
      name: "signed_on",
      required: false,
      meaning: "The day the sheet was signed, written YYYY-MM-DD; not in the future.",
      examples: ["2024-11-28", "2024-12-01"],
    },
  ];
}

/** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The example file: a header naming every column and two rows, with CRLF line ends and a BOM, so a
 * spreadsheet program opens it as UTF-8 ("Amélie") and saves it back in the form the import reads.
 */
export function paperExampleCsv(rules: PaperRules): string {
  const columns = paperColumnGuide(rules);
  const lines = [columns.map((column) => column.name), ...[0, 1].map((row) => columns.map((column) => column.examples[row]))];
  return `\ufeff${lines.map((line) => line.map(cell).join(",")).join("\r\n")}\r\n`;
}
