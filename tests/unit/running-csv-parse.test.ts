import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decodeCsvBytes as decodeCsvKeys } from "@/lib/offline/csv-decode";
import { parseCsv as parseCsvKeys } from "@/lib/offline/csv-parse";
import { inEnglish as english } from "../fixtures/english";

// Messages are catalog keys (issue #12): read in English, as the organizer pages show them by default.
const parseCsv = (...args: Parameters<typeof parseCsvKeys>) => {
  const result = parseCsvKeys(...args);
  return result.ok ? result : { ...result, message: english(result.message) };
};
const decodeCsvBytes = (bytes: Uint8Array) => {
  const result = decodeCsvKeys(bytes);
  return result.ok ? result : { ...result, message: english(result.message) };
};

const cellsOf = (text: string) => {
  const result = parseCsv(text);
  assert.ok(result.ok, JSON.stringify(result));
  return result.records.map((record) => record.cells);
};

const linesOf = (text: string) => {
  const result = parseCsv(text);
  assert.ok(result.ok, JSON.stringify(result));
  return result.records.map((record) => record.line);
};

describe("the CSV reader (RFC 4180)", () => {
  test("plain fields, commas and LF or CRLF or CR line ends", () => {
    assert.deepEqual(cellsOf("a,b,c\n1,2,3\n"), [
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    assert.deepEqual(cellsOf("a,b\r\n1,2\r\n"), [
      ["a", "b"],
      ["1", "2"],
    ]);
    assert.deepEqual(
      cellsOf("a,b\r1,2"),
      [
        ["a", "b"],
        ["1", "2"],
      ],
      "a lone CR ends a record",
    );
    assert.deepEqual(
      cellsOf("a,b\n1,2"),
      [
        ["a", "b"],
        ["1", "2"],
      ],
      "no line end after the last record",
    );
  });

  test("quoted fields hold commas, doubled quotes and line breaks", () => {
    assert.deepEqual(cellsOf('name,city\n"Lovelace, Ada","Say ""hi"""\n'), [
      ["name", "city"],
      ["Lovelace, Ada", 'Say "hi"'],
    ]);
    assert.deepEqual(cellsOf('a\n"two\r\nlines"\n'), [["a"], ["two\r\nlines"]]);
    assert.deepEqual(cellsOf('"",x\n'), [["", "x"]], "an empty quoted field");
    assert.deepEqual(cellsOf('"a"'), [["a"]], "a quoted field at the very end");
  });

  test("empty fields, trailing commas and blank lines are kept as they are", () => {
    assert.deepEqual(cellsOf("a,,c,\n"), [["a", "", "c", ""]]);
    assert.deepEqual(cellsOf("a\n\nb\n"), [["a"], [""], ["b"]]);
  });

  test("a leading byte-order mark is not part of the first column's name", () => {
    assert.deepEqual(cellsOf("\ufefffull_name,country\nAda,GB\n"), [
      ["full_name", "country"],
      ["Ada", "GB"],
    ]);
  });

  test("each record knows the line it starts on, counting line breaks inside quotes", () => {
    assert.deepEqual(linesOf('h\n"one\ntwo\nthree"\nnext\r\nlast\n'), [1, 2, 5, 6]);
    assert.deepEqual(linesOf('h\r\n"a\r\nb"\r\nc'), [1, 2, 4]);
  });

  test("a quote that is never closed is an error naming the line it opened on", () => {
    assert.deepEqual(parseCsv('h\nok\n"open,\nstill open\n'), {
      ok: false,
      line: 3,
      message: "A quoted field that starts on line 3 is never closed.",
    });
  });

  test("a stray quote inside an unquoted field, or text after a closing quote, is an error with its line", () => {
    const stray = parseCsv('h\nAda "the" Lovelace\n');
    assert.ok(!stray.ok && stray.line === 2 && /quote inside a field/.test(stray.message));
    const after = parseCsv('h\n"Ada"x,GB\n');
    assert.ok(!after.ok && after.line === 2 && /after a closing quote/.test(after.message));
  });

  test("reading stops with an error once there are more records than allowed", () => {
    const text = `h\n${"x\n".repeat(10)}`;
    assert.equal(parseCsv(text, { maxRecords: 11 }).ok, true);
    const over = parseCsv(text, { maxRecords: 10 });
    assert.ok(!over.ok && /more than 10 lines/.test(over.message));
  });

  test("a large file is read in one pass", () => {
    const text = `full_name,city\n${'Ada Lovelace,"London, UK"\n'.repeat(100_000)}`;
    const started = performance.now();
    const result = parseCsv(text);
    assert.ok(result.ok && result.records.length === 100_001);
    assert.ok(performance.now() - started < 5_000, "a few hundred milliseconds for 2.6 MB, allowing for a busy machine");
  });
});

describe("decoding an uploaded file", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const utf8 = (text: string) => new TextEncoder().encode(text);

  test("UTF-8 with or without a BOM becomes text", () => {
    assert.deepEqual(decodeCsvBytes(utf8("full_name\nZoë\n")), { ok: true, text: "full_name\nZoë\n" });
    const withBom = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("full_name\n")]));
    assert.deepEqual(withBom, { ok: true, text: "full_name\n" });
  });

  test("an empty or blank file is refused as empty", () => {
    assert.deepEqual(decodeCsvBytes(bytes()), { ok: false, message: "The file is empty." });
    assert.deepEqual(decodeCsvBytes(utf8(" \r\n\n")), { ok: false, message: "The file is empty." });
  });

  test("Latin-1 text is refused as not UTF-8, naming the first line where it shows", () => {
    const latin1 = new Uint8Array([...utf8("full_name\nAda\nZo"), 0xeb, ...utf8("\n")]);
    const result = decodeCsvBytes(latin1);
    assert.ok(!result.ok && /not UTF-8 text \(first on line 3\)/.test(result.message) && /CSV UTF-8/.test(result.message));
  });

  test("spreadsheets, UTF-16 and binary data are refused with what to do instead", () => {
    const xlsx = decodeCsvBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00));
    assert.ok(!xlsx.ok && /spreadsheet file, not a CSV file/.test(xlsx.message));
    const xls = decodeCsvBytes(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1));
    assert.ok(!xls.ok && /spreadsheet file/.test(xls.message));
    const utf16 = decodeCsvBytes(bytes(0xff, 0xfe, 0x66, 0x00));
    assert.ok(!utf16.ok && /UTF-16/.test(utf16.message));
    const binary = decodeCsvBytes(bytes(0x66, 0x75, 0x00, 0x01, 0x02));
    assert.ok(!binary.ok && /binary data/.test(binary.message));
  });
});
