import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseCsv } from "@/lib/offline/csv-parse";
import { isFutureDate, isIsoDate } from "@/lib/offline/dates";
import { paperRulesFor, type PaperRules, type Rejection, validatePaperRecords } from "@/lib/offline/paper-rows";
import { inEnglish as english } from "../fixtures/english";

const NOW = new Date("2026-05-10T12:00:00Z");
const PETITION: PaperRules = { officeRequired: false, municipalityRequired: false };
const DECLARATION: PaperRules = { officeRequired: true, municipalityRequired: true };

// Messages are catalog keys (issue #12): read in English, as the organizer pages show them by default,
// and a rejected line's problems as the report joins them.
const inEnglish = (rejection: Rejection) => ({ line: rejection.line, reason: `${rejection.problems.map(english).join("; ")}.` });

function check(text: string, rules = PETITION, maxRows = 50_000) {
  const parsed = parseCsv(text);
  assert.ok(parsed.ok);
  const result = validatePaperRecords(parsed.records, rules, { maxRows, now: NOW });
  if (result.ok) return result;
  if (result.kind === "file") return { ...result, message: english(result.message) };
  return { ...result, rejections: result.rejections.map(inEnglish) };
}

describe("which columns a campaign requires on paper", () => {
  const fields = { country: "required", city: "optional", postcode: "off", office: "off", municipality: "off" } as const;
  test("a declaration requires office and municipality; a petition only what its signer fields require", () => {
    assert.deepEqual(paperRulesFor({ kind: "declaration", signerFields: fields }), DECLARATION);
    assert.deepEqual(paperRulesFor({ kind: "petition", signerFields: fields }), PETITION);
    assert.deepEqual(paperRulesFor({ kind: "petition", signerFields: { ...fields, office: "required" } }), {
      officeRequired: true,
      municipalityRequired: false,
    });
  });
});

describe("the header", () => {
  test("names are matched loosely (case, spaces) and the columns may come in any order", () => {
    const result = check("City, Full Name ,COUNTRY\nLondon,Ada Lovelace,gb\n");
    assert.ok(result.ok);
    assert.deepEqual(result.rows, [
      { line: 2, fullName: "Ada Lovelace", country: "GB", city: "London", postcode: null, office: null, municipality: null, signedOn: null },
    ]);
  });

  const fileError = (text: string, rules = PETITION) => {
    const result = check(text, rules);
    assert.ok(!result.ok && result.kind === "file", JSON.stringify(result));
    return result.message;
  };

  test("a missing header, an unknown, empty or repeated column, or no full_name is refused", () => {
    assert.match(fileError("Ada Lovelace,GB\nAlan Turing,GB\n"), /first line must be a header/);
    assert.match(fileError("full_name,email\nAda,ada@example.org\n"), /unknown column "email"/);
    assert.match(fileError("full_name,,city\nAda,,London\n"), /Column 2 of the header has no name/);
    assert.match(fileError("full_name,city,City\nAda,London,Paris\n"), /"city" appears twice/);
    assert.match(fileError("country,city\nGB,London\n"), /has no full_name column, which is required/);
    assert.match(fileError("full_name;country\nAda;GB\n"), /semicolons/);
  });

  test("a declaration's file needs office and municipality columns", () => {
    assert.match(fileError("full_name,office\nAda,mayor\n", DECLARATION), /has no municipality column/);
    assert.match(fileError("full_name\nAda\n", DECLARATION), /has no office and municipality columns, which are required/);
  });

  test("a header without rows, or more rows than allowed, is refused", () => {
    assert.match(fileError("full_name\n\n"), /header but no signatures/);
    const result = check("full_name\nA\nB\nC\n", PETITION, 2);
    assert.ok(!result.ok && result.kind === "file" && /has 3 signatures; at most 2/.test(result.message));
  });
});

describe("each row", () => {
  test("blank lines are skipped and each row keeps the line it came from", () => {
    const result = check('full_name,city\n\nAda,London\n"Turing, Alan",Wilmslow\n,\nGrace,\n');
    assert.ok(result.ok);
    assert.deepEqual(
      result.rows.map((row) => [row.line, row.fullName, row.city]),
      [
        [3, "Ada", "London"],
        [4, "Turing, Alan", "Wilmslow"],
        [6, "Grace", null],
      ],
    );
  });

  test("every problem of every row is reported with its line, and no row is accepted", () => {
    const text = [
      "full_name,country,office,municipality,signed_on",
      "Ada Lovelace,GB,mayor,London,2026-05-01",
      ",XX,boss,Paris,2026-02-30",
      "Alan Turing,GB,Mayor,,2027-01-01",
      "Grace Hopper,US",
    ].join("\n");
    const result = check(text, DECLARATION);
    assert.ok(!result.ok && result.kind === "rows");
    assert.equal(result.rowCount, 4);
    assert.equal(result.rejectedCount, 3);
    assert.deepEqual(result.rejections, [
      {
        line: 3,
        reason:
          'full_name is empty; country "XX" is not a two-letter ISO 3166 code such as FR or GB; office "boss" is not one of: mayor, deputy-mayor, municipal-councillor, departmental-councillor, regional-councillor, other-elected; signed_on "2026-02-30" is not a date written YYYY-MM-DD.',
      },
      { line: 4, reason: "municipality is empty; signed_on 2027-01-01 is in the future." },
      { line: 5, reason: "it has 2 fields, the header has 5." },
    ]);
  });

  test("offices are given by key or by their English name; declarations require them", () => {
    const result = check("full_name,office,municipality\nAda,Deputy mayor,Lyon\nAlan,regional-councillor,Rennes\n", DECLARATION);
    assert.ok(result.ok);
    assert.deepEqual(
      result.rows.map((row) => row.office),
      ["deputy-mayor", "regional-councillor"],
    );
    const missing = check("full_name,office,municipality\nAda,,Lyon\n", DECLARATION);
    assert.ok(!missing.ok && missing.kind === "rows" && missing.rejections[0].reason === "office is empty.");
  });

  test("names too long or with control characters are refused", () => {
    const result = check(`full_name,postcode\n${"x".repeat(101)},75001\nAda\u0007,75001\nAlan,${"9".repeat(21)}\n"Grace\nHopper",\n`);
    assert.ok(!result.ok && result.kind === "rows");
    assert.deepEqual(
      result.rejections.map((rejection) => rejection.reason),
      [
        "full_name is longer than 100 characters.",
        "full_name contains control characters.",
        "postcode is longer than 20 characters.",
        "full_name contains control characters.",
      ],
    );
  });

  test("only the first 100 rejections are listed, and all are counted", () => {
    const result = check(`full_name,country\n${"Ada,XX\n".repeat(250)}`);
    assert.ok(!result.ok && result.kind === "rows");
    assert.equal(result.rejections.length, 100);
    assert.equal(result.rejectedCount, 250);
    assert.equal(result.rejections[99].line, 101);
  });
});

describe("dates", () => {
  test("only real calendar dates written YYYY-MM-DD", () => {
    assert.equal(isIsoDate("2024-02-29"), true);
    for (const value of ["2023-02-29", "2026-13-01", "2026-5-1", "01/05/2026", "2026-05-01T00:00"]) assert.equal(isIsoDate(value), false, value);
  });

  test("today anywhere on Earth is not the future; the day after is", () => {
    const late = new Date("2026-05-10T23:00:00Z");
    assert.equal(isFutureDate("2026-05-11", late), false, "already the 11th in UTC+14");
    assert.equal(isFutureDate("2026-05-12", late), true);
    assert.equal(isFutureDate("2026-05-10", NOW), false);
  });
});
