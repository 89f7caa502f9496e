// The offices a declaration's signers hold, with the words each is shown in: asked by the sign
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

/** How breakdowns group offices: mayors, councillors (deputy mayors included), others. */
export const OFFICE_CATEGORIES = {
  mayors: { label: "Mayors", offices: ["mayor"] },
  councillors: {
    label: "Councillors and deputy mayors",
    offices: ["deputy-mayor", "municipal-councillor", "departmental-councillor", "regional-councillor"],
  },
  others: { label: "Other elected officials", offices: ["other-elected"] },
} as const satisfies Record<string, { label: string; offices: Office[] }>;
