// The offices a declaration's signers hold, with their English names (the CSV's and the API's words;
// pages show the catalog's, `campaign.offices.*` and `campaign.officeCategories.*`): asked by the sign
// form, listed with each signatory, counted in the breakdowns. Here, in the folder every list of
// signatories reads, rather than in lib/signing (signing), which depends on campaigns: the
// campaign page's list of signatories would otherwise close a loop (issue #10).

export const OFFICES = {
  mayor: "Mayor",
  "deputy-mayor": "Deputy mayor",
  "municipal-councillor": "Municipal councillor",
  "departmental-councillor": "Departmental councillor",
  "regional-councillor": "Regional councillor",
  "other-elected": "Other elected official",
} as const;
export type Office = keyof typeof OFFICES;

const OFFICE_BY_LABEL = new Map<string, Office>((Object.entries(OFFICES) as [Office, string][]).map(([office, label]) => [label, office]));

/**
 * The office a public list's English label names (PublicSignatory.office, as the CSV and the API
 * give it), so a page can show it in its reader's language: `campaign.offices.{office}`.
 */
export function officeOfLabel(label: string): Office | undefined {
  return OFFICE_BY_LABEL.get(label);
}

/** How breakdowns group offices: mayors, councillors (deputy mayors included), others. */
export const OFFICE_CATEGORIES = {
  mayors: { label: "Mayors", offices: ["mayor"] },
  councillors: {
    label: "Councillors and deputy mayors",
    offices: ["deputy-mayor", "municipal-councillor", "departmental-councillor", "regional-councillor"],
  },
  others: { label: "Other elected officials", offices: ["other-elected"] },
} as const satisfies Record<string, { label: string; offices: Office[] }>;
