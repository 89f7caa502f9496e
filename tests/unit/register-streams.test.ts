import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MultipartReader, multipartBoundary, readTextPart } from "@/lib/http/multipart-stream";
import { CsvStream, detectSeparator, UnterminatedQuoteError } from "@/lib/register/csv-stream";

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
