import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { csvCell, csvRow, signatoryCsvRow } from "@/lib/signatory-list/csv";

describe("signatory CSV", () => {
  test("cells that a spreadsheet would run as formulas are defused", () => {
    for (const value of ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"]) {
      assert.ok(csvCell(value).replace(/^"/, "").startsWith("'"), JSON.stringify(value));
    }
    assert.equal(csvCell("Ada Lovelace"), "Ada Lovelace");
  });

  test("commas, quotes and line breaks are quoted", () => {
    assert.equal(csvCell('Say "no", twice'), '"Say ""no"", twice"');
    assert.equal(csvCell("two\nlines"), '"two\nlines"');
    assert.equal(csvRow(["a", null, true]), "a,,true\r\n");
  });

  test("a row has the public fields only, in header order", () => {
    const row = signatoryCsvRow({
      name: "Ada",
      place: "London",
      office: null,
      comment: "=cmd",
      verified: true,
      signedOn: "2026-11-23",
      registerExtract: "2026-06-30",
    });
    assert.equal(row, "Ada,London,,'=cmd,true,2026-11-23,2026-06-30\r\n");
  });
});
