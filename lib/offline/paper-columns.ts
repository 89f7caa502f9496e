import { messageKey } from "@/lib/i18n/message-key";
import { OFFICES } from "@/lib/signatory-list/offices";
import type { PaperRules } from "./paper-rows";

// What the offline page says about a paper-signature file, and the example file it offers (issue #11):
// every column paper-rows.ts accepts, which of them this campaign requires, what each holds, and two
// rows that pass its checks. tests/integration/offline-example-csv.test.ts holds the two together.

/** `meaning` is a catalog key (lib/i18n/message-key.ts), shown in the reader's language. */
export type PaperColumnGuide = { name: string; required: boolean; meaning: string; examples: [string, string] };

const meaning = (column: string, values?: Record<string, string>) => messageKey(`organizer.offline.guide.columns.${column}`, values);

/** The columns, in the order of the example file; `required` by the campaign's rules. */
export function paperColumnGuide(rules: PaperRules): PaperColumnGuide[] {
  return [
    {
      name: "full_name",
      required: true,
      meaning: meaning("full_name"),
      examples: ["Amélie Dubois", "Jean-Baptiste Oyelaran"],
    },
    { name: "country", required: false, meaning: meaning("country"), examples: ["FR", "GB"] },
    { name: "city", required: false, meaning: meaning("city"), examples: ["Lyon", "London"] },
    { name: "postcode", required: false, meaning: meaning("postcode"), examples: ["69001", "SW1A 1AA"] },
    {
      name: "office",
      required: rules.officeRequired,
      meaning: meaning("office", { offices: Object.keys(OFFICES).join(", ") }),
      examples: ["mayor", "Municipal councillor"],
    },
    {
      name: "municipality",
      required: rules.municipalityRequired,
      meaning: meaning("municipality"),
      examples: ["Lyon", "London Borough of Camden"],
    },
    {
      name: "signed_on",
      required: false,
      meaning: meaning("signed_on"),
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
