// A small RFC 4180 reader for organizers' uploads: comma-separated, fields optionally in double
// quotes (a quote inside doubled), records ending in CRLF, LF or a lone CR, a leading BOM ignored.
// It is strict where a lenient reader would guess: a stray quote is an error with its line, since a
// misread paper signature is worse than a clear "fix line 12". No library: the format is small and
// the parser is tested line by line (tests/unit/running-csv-parse.test.ts). Messages are catalog
// keys (lib/i18n/message-key.ts).

import { messageKey } from "@/lib/i18n/message-key";

const m = (key: string, values: Record<string, string | number>) => messageKey(`organizer.offline.csv.${key}`, values);

export type CsvRecord = {
  /** The physical line the record starts on (1 = the first line of the file). */
  line: number;
  cells: string[];
};

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

export type CsvParseOptions = {
  /** Stop with an error once the file has more records than this (the header included). */
  maxRecords?: number;
};

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks;
}

export function parseCsv(input: string, options: CsvParseOptions = {}): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;

  while (i < n) {
    if (records.length >= maxRecords) {
      return { ok: false, line, message: m("tooManyLines", { max: maxRecords }) };
    }
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      let field: string;
      if (text[i] === '"') {
        const fieldLine = line;
        field = "";
        i++;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote < 0) {
            return { ok: false, line: fieldLine, message: m("unclosedQuote", { line: fieldLine }) };
          }
          line += countLineBreaks(text, i, quote);
          field += text.slice(i, quote);
          if (text[quote + 1] === '"') {
            field += '"';
            i = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        if (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
          return {
            ok: false,
            line,
            message: m("textAfterQuote", { line }),
          };
        }
      } else {
        let end = i;
        while (end < n) {
          const c = text[end];
          if (c === "," || c === "\r" || c === "\n") break;
          if (c === '"') {
            return {
              ok: false,
              line,
              message: m("quoteInField", { line }),
            };
          }
          end++;
        }
        field = text.slice(i, end);
        i = end;
      }
      cells.push(field);
      if (i >= n) break;
      const separator = text[i];
      if (separator === ",") {
        i++;
        continue;
      }
      // A record ends at CRLF, LF, or a lone CR.
      i += separator === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      break;
    }
    records.push({ line: recordLine, cells });
  }
  return { ok: true, records };
}
