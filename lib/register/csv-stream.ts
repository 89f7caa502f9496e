// An incremental CSV reader for the register's files (issue #14): text goes in as it arrives and
// complete records come out, so a 490,000-row file is never held whole. The separator is given
// (see detectSeparator), since the register has been published with ";" and with tabs.
//
// Speed matters here (the whole councillors' file in under a minute, issue #14): a record is cut
// out of each chunk with indexOf and split on the separator, with no string built a character at
// a time. Only a line that holds a quote goes through the slower reader of quoted fields ("a;b",
// doubled quotes, line breaks inside quotes); the register's lines almost never do. A quote opens
// a quoted field only at the start of a field; elsewhere it is a plain character (O"Neil).
// Records end at \n or \r\n; a leading byte order mark and blank lines are skipped.

export type Separator = ";" | "\t" | ",";

/** The separator of a header line: the most frequent of ";", tab and ",". */
export function detectSeparator(headerLine: string): Separator {
  const count = (sep: string) => headerLine.split(sep).length - 1;
  const candidates: Separator[] = [";", "\t", ","];
  return candidates.reduce((best, sep) => (count(sep) > count(best) ? sep : best), ";");
}

/**
 * The longest record accepted, in characters. A register line is about 200; without a bound a
 * stray quote would make the rest of an 80 MB file one field, read again with every chunk.
 */
export const MAX_RECORD_CHARS = 100_000;

const QUOTE = '"';

export class CsvStream {
  /** The text of a record not yet ended by a line break. */
  private rest = "";
  private started = false;

  constructor(private readonly separator: Separator) {}

  /** Feeds more text; returns the records it completed. */
  push(text: string): string[][] {
    let buffer = this.rest + text;
    if (!this.started && buffer.length > 0) {
      this.started = true;
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
    }
    const records: string[][] = [];
    const pos = this.readRecords(buffer, records, false);
    this.rest = pos === 0 ? buffer : buffer.slice(pos);
    if (this.rest.length > MAX_RECORD_CHARS) throw new RecordTooLongError();
    return records;
  }

  /** The last record, if the text did not end with a line break; throws on an unclosed quote. */
  end(): string[][] {
    const records: string[][] = [];
    const buffer = this.rest;
    this.rest = "";
    this.readRecords(buffer, records, true);
    return records;
  }

  /** Reads whole records from `buffer` into `records`; returns where the unread text starts. */
  private readRecords(buffer: string, records: string[][], final: boolean): number {
    const sep = this.separator;
    let pos = 0;
    let quote = buffer.indexOf(QUOTE);
    while (pos < buffer.length) {
      if (quote >= 0 && quote < pos) quote = buffer.indexOf(QUOTE, pos);
      let newline = buffer.indexOf("\n", pos);
      if (quote >= 0 && (newline < 0 || quote < newline)) {
        const read = readQuotedRecord(buffer, pos, sep, final);
        if (!read) return pos;
        addRecord(records, read.record);
        pos = read.next;
        continue;
      }
      if (newline < 0) {
        if (!final) return pos;
        newline = buffer.length;
      }
      const end = newline > pos && buffer.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      if (end > pos) records.push(buffer.slice(pos, end).split(sep));
      pos = newline + 1;
    }
    return buffer.length;
  }
}

/** A blank line (one empty field) is no record. */
function addRecord(records: string[][], record: string[]) {
  if (!(record.length === 1 && record[0] === "")) records.push(record);
}

/**
 * One record from `start` whose line holds a quote, field by field; null when the buffer ends
 * before the record does (more text may complete it), unless `final`.
 */
function readQuotedRecord(buffer: string, start: number, sep: string, final: boolean): { record: string[]; next: number } | null {
  const record: string[] = [];
  let i = start;
  for (;;) {
    let value = "";
    if (buffer.charCodeAt(i) === 34) {
      let from = i + 1;
      for (;;) {
        const close = buffer.indexOf(QUOTE, from);
        if (close < 0) {
          if (final) throw new UnterminatedQuoteError();
          return null;
        }
        value += buffer.slice(from, close);
        if (buffer.charCodeAt(close + 1) === 34) {
          value += QUOTE;
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
    }
    // The field goes on (unquoted, or after its closing quote) up to the separator or the line's end.
    // A closing quote that ends the text finds neither and waits for more: it may be half a pair.
    const nextSep = buffer.indexOf(sep, i);
    const newline = buffer.indexOf("\n", i);
    if (nextSep >= 0 && (newline < 0 || nextSep < newline)) {
      record.push(value + buffer.slice(i, nextSep));
      i = nextSep + 1;
      const quote = buffer.indexOf(QUOTE, i);
      if (newline >= 0 && (quote < 0 || quote > newline)) {
        // No quote left on this line: the other fields are plain.
        const end = newline > i && buffer.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        record.push(...buffer.slice(i, end).split(sep));
        return { record, next: newline + 1 };
      }
      continue;
    }
    if (newline < 0 && !final) return null;
    const lineEnd = newline < 0 ? buffer.length : newline;
    const end = lineEnd > i && buffer.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    record.push(value + buffer.slice(i, end));
    return { record, next: lineEnd + 1 };
  }
}

export class UnterminatedQuoteError extends Error {
  constructor() {
    super("A quoted field is not closed before the end of the file.");
  }
}

export class RecordTooLongError extends Error {
  constructor() {
    super(`A line of the file is longer than ${MAX_RECORD_CHARS} characters.`);
  }
}
