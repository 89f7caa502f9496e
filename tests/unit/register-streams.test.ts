import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MultipartReader, multipartBoundary, readTextPart } from "@/lib/http/multipart-stream";
import { CsvStream, detectSeparator, MAX_RECORD_CHARS, RecordTooLongError, UnterminatedQuoteError } from "@/lib/register/csv-stream";

/** Feeds text in pieces of `size` characters, as a network would. */
function parseInPieces(text: string, size: number, separator: ";" | "\t" | "," = ";"): string[][] {
  const parser = new CsvStream(separator);
  const records: string[][] = [];
  for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
  records.push(...parser.end());
  return records;
}

describe("the incremental CSV reader", () => {
  test("gives the same records whatever the size of the pieces", () => {
    const text = 'a;b;c\r\n1;"two; and ""quoted""";3\n\n4;5;6';
    const expected = [
      ["a", "b", "c"],
      ["1", 'two; and "quoted"', "3"],
      ["4", "5", "6"],
    ];
    for (const size of [1, 2, 3, 7, 1000]) assert.deepEqual(parseInPieces(text, size), expected, `pieces of ${size}`);
  });

  test("quoted fields: separators, doubled quotes, line breaks and empty quotes inside; a quote inside a field is a character", () => {
    const text = '"x;y";"say ""hi""";"two\r\nlines";"";O"Neil;"a"b\nplain;row;here\n';
    assert.deepEqual(parseInPieces(text, 1000), [
      ["x;y", 'say "hi"', "two\r\nlines", "", 'O"Neil', "ab"],
      ["plain", "row", "here"],
    ]);
  });

  test("CRLF and LF line ends, blank lines and a last line without a break", () => {
    const text = "a;b\r\n\r\nc;d\n\n\ne;f\r\ng;h";
    const expected = [
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ];
    for (const size of [1, 2, 5, 1000]) assert.deepEqual(parseInPieces(text, size), expected, `pieces of ${size}`);
  });

  test("a byte order mark before the header is not part of its first column, even when it comes alone", () => {
    assert.deepEqual(parseInPieces("\uFEFFCode;Nom\n01;X\n", 1), [
      ["Code", "Nom"],
      ["01", "X"],
    ]);
    assert.deepEqual(parseInPieces('\uFEFF"Code";Nom\n', 1000), [["Code", "Nom"]]);
  });

  test("each separator splits only on itself", () => {
    const text = "a;b\tc,d\n";
    assert.deepEqual(parseInPieces(text, 1000, ";"), [["a", "b\tc,d"]]);
    assert.deepEqual(parseInPieces(text, 1000, "\t"), [["a;b", "c,d"]]);
    assert.deepEqual(parseInPieces(text, 1000, ","), [["a;b\tc", "d"]]);
    assert.deepEqual(parseInPieces('"1,5",x\n', 1000, ","), [["1,5", "x"]]);
  });

  test("a chunk boundary anywhere inside a quoted field, its doubled quote or its closing quote changes nothing", () => {
    const text = 'head;er\n01;"De ""La"" Fontaine; Jean\r\nsuite";z\r\n02;y;z\r\n';
    const expected = [
      ["head", "er"],
      ["01", 'De "La" Fontaine; Jean\r\nsuite', "z"],
      ["02", "y", "z"],
    ];
    // Every place the text could be cut in two, and again in three.
    for (let cut = 0; cut <= text.length; cut++) {
      const parser = new CsvStream(";");
      const records = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut)), ...parser.end()];
      assert.deepEqual(records, expected, `cut at ${cut}`);
      for (let second = cut; second <= text.length; second += 3) {
        const three = new CsvStream(";");
        const got = [...three.push(text.slice(0, cut)), ...three.push(text.slice(cut, second)), ...three.push(text.slice(second)), ...three.end()];
        assert.deepEqual(got, expected, `cut at ${cut} and ${second}`);
      }
    }
  });

  test("the separator is read from the header line", () => {
    assert.equal(detectSeparator("Code du département;Libellé du département"), ";");
    assert.equal(detectSeparator("Code du département\tLibellé du département"), "\t");
    assert.equal(detectSeparator("a,b,c"), ",");
  });

  test("an unclosed quote is an error, not a silently merged record", () => {
    const parser = new CsvStream(";");
    parser.push('a;"b\n');
    assert.throws(() => parser.end(), UnterminatedQuoteError);
  });

  test("a stray quote that would swallow the rest of the file stops it at the longest record allowed", () => {
    const parser = new CsvStream(";");
    parser.push('01;"never closed;x\n');
    const line = `02;${"y".repeat(100)}\n`;
    assert.throws(() => {
      for (let i = 0; i <= MAX_RECORD_CHARS / line.length + 1; i++) parser.push(line);
    }, RecordTooLongError);
  });
});

describe("the streamed multipart reader", () => {
  test("reads fields, then a file split across chunks, up to the boundary", async () => {
    const form = new FormData();
    form.set("kind", "mayors");
    const content = `${"x".repeat(70_000)}\r\n--not-the-boundary\r\n${"y".repeat(10)}`;
    form.set("file", new Blob([content]), "maires.csv");
    const request = new Request("http://test/", { method: "POST", body: form });
    const boundary = multipartBoundary(request.headers.get("content-type"));
    assert.ok(boundary);
    // Small chunks, so a boundary may fall across two of them.
    const bytes = new Uint8Array(await request.arrayBuffer());
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 13) controller.enqueue(bytes.slice(i, i + 13));
        controller.close();
      },
    });
    const reader = new MultipartReader(body, boundary);
    const kind = await reader.next();
    assert.equal(kind?.name, "kind");
    assert.equal(await readTextPart(kind!, 100), "mayors");
    const file = await reader.next();
    assert.equal(file?.fileName, "maires.csv");
    let read = "";
    for await (const chunk of file!.body) read += chunk.toString("latin1");
    assert.equal(read, content);
    assert.equal(await reader.next(), null);
  });
});
