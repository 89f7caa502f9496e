import type { Office } from "@/lib/signatory-list/offices";
import { normaliseName } from "./names";

// The layout of the register's files (Répertoire national des élus, data.gouv.fr, issue #14). The
// municipal councillors' file has 16 columns; the mayors' file the same less "Libellé de la
// fonction" in some editions. Columns are found by their header, so their order may change; those
// matching needs must be there. Birth date, sex, occupation and nationality are read past, never kept.

const REGISTER_COLUMNS = {
  departementCode: "Code du département",
  communeCode: "Code de la commune",
  surname: "Nom de l'élu",
  firstName: "Prénom de l'élu",
  mandateStartedOn: "Date de début du mandat",
  functionLabel: "Libellé de la fonction",
  functionStartedOn: "Date de début de la fonction",
} as const;

const REQUIRED = ["departementCode", "communeCode", "surname", "firstName", "mandateStartedOn"] as const;

export type RegisterFileKind = "mayors" | "municipal-councillors";

export type ColumnIndex = Record<keyof typeof REGISTER_COLUMNS, number>;

const headerKey = (name: string) => normaliseName(name.replace(/^\uFEFF/, ""));

/** Where each column is, or the names of the required columns that are missing. */
export function readHeader(header: string[]): { ok: true; columns: ColumnIndex } | { ok: false; missing: string[] } {
  const positions = new Map(header.map((name, i) => [headerKey(name), i]));
  const columns = Object.fromEntries(
    Object.entries(REGISTER_COLUMNS).map(([key, name]) => [key, positions.get(headerKey(name)) ?? -1]),
  ) as ColumnIndex;
  const missing = REQUIRED.filter((key) => columns[key] < 0).map((key) => REGISTER_COLUMNS[key]);
  return missing.length ? { ok: false, missing } : { ok: true, columns };
}

/**
 * Our office for the register's "Libellé de la fonction": "Maire" is the mayor; any "adjoint"
 * ("Premier adjoint au maire", "2ème adjoint", "Adjoint délégué") and a "Maire délégué" (mayor of a
 * former commune inside a new one, not of the commune itself) are deputy mayors; no function, or
 * any other, is a municipal councillor. In the mayors' file, without that column, everyone is mayor.
 */
export function officeOfFunction(label: string | undefined, kind: RegisterFileKind): Office {
  if (label === undefined) return kind === "mayors" ? "mayor" : "municipal-councillor";
  const words = normaliseName(label);
  if (words === "maire") return "mayor";
  if (words.includes("adjoint") || words.startsWith("maire delegue")) return "deputy-mayor";
  return "municipal-councillor";
}

/** dd/mm/yyyy (the register's form) or yyyy-mm-dd to yyyy-mm-dd; null when empty; undefined when unreadable. */
export function registerDate(text: string): string | null | undefined {
  const value = text.trim();
  if (!value) return null;
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = french ? `${french[3]}-${french[2]}-${french[1]}` : /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  if (!iso) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

export type OfficialRow = {
  departementCode: string;
  communeCode: string;
  surname: string;
  firstName: string;
  office: Office;
  mandateStartedOn: string | null;
  functionStartedOn: string | null;
};

export type RowProblem = "columns" | "commune" | "name" | "date";

const COMMUNE_CODE = /^(\d[\dAB]\d{3}|97\d{3}|98\d{3})$/;

/** One record as an official, or what is wrong with it. */
export function readOfficial(record: string[], columns: ColumnIndex, width: number, kind: RegisterFileKind): OfficialRow | RowProblem {
  if (record.length !== width) return "columns";
  const cell = (index: number) => (index < 0 ? undefined : record[index].trim());
  const communeCode = cell(columns.communeCode)!.padStart(5, "0");
  if (!COMMUNE_CODE.test(communeCode)) return "commune";
  const surname = normaliseName(cell(columns.surname)!);
  const firstName = normaliseName(cell(columns.firstName)!);
  if (!surname || !firstName) return "name";
  const mandateStartedOn = registerDate(cell(columns.mandateStartedOn)!);
  const functionStartedOn = columns.functionStartedOn < 0 ? null : registerDate(cell(columns.functionStartedOn)!);
  if (mandateStartedOn === undefined || functionStartedOn === undefined) return "date";
  return {
    departementCode: cell(columns.departementCode)!.toUpperCase(),
    communeCode,
    surname,
    firstName,
    office: officeOfFunction(cell(columns.functionLabel), kind),
    mandateStartedOn,
    functionStartedOn,
  };
}
