// An incremental CSV reader for the register's files (issue #14): text goes in as it arrives and
// complete records come out, so a 490,000-row file is never held whole. Quoted fields ("a;b",
// doubled quotes) are understood; a record ends at \n or \r\n. The separator is given (see
// detectSeparator), since the register has been published with ";" and with tabs.

export type Separator = ";" | "\t" | ",";

/** The separator of a header line: the most frequent of ";", tab and ",". */
export function detectSeparator(headerLine: string): Separator {
  const count = (sep: string) => headerLine.split(sep).length - 1;
  const candidates: Separator[] = [";", "\t", ","];
  return candidates.reduce((best, sep) => (count(sep) > count(best) ? sep : best), ";");
}

export class CsvStream {
  private field = "";
  private record: string[] = [];
  private quoted = false;
  /** Inside quotes, a quote was just read: either the end of the quotes or the first of a pair. */
  private quoteSeen = false;
  private fieldStarted = false;
  private lastWasCr = false;

  constructor(private readonly separator: Separator) {}

  /** Feeds more text; returns the records it completed. */
  push(text: string): string[][] {
    const records: string[][] = [];
    const sep = this.separator;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === '"') {
            this.field += '"';
            continue;
          }
          this.quoted = false;
        } else if (c === '"') {
          this.quoteSeen = true;
          continue;
        } else {
          this.field += c;
          continue;
        }
      }
      if (c === '"' && !this.fieldStarted) {
        this.quoted = true;
        this.fieldStarted = true;
      } else if (c === sep) {
        this.record.push(this.field);
        this.field = "";
        this.fieldStarted = false;
      } else if (c === "\n") {
        if (!(this.lastWasCr && this.record.length === 0 && this.field === "" && !this.fieldStarted)) this.endRecord(records);
        else this.resetRecord();
      } else if (c === "\r") {
        this.endRecord(records);
        this.lastWasCr = true;
        continue;
      } else {
        this.field += c;
        this.fieldStarted = true;
      }
      this.lastWasCr = false;
    }
    return records;
  }

  /** The last record, if the text did not end with a line break; throws on an unclosed quote. */
  end(): string[][] {
    if (this.quoted && !this.quoteSeen) throw new UnterminatedQuoteError();
    const records: string[][] = [];
    if (this.fieldStarted || this.record.length > 0 || this.field !== "") this.endRecord(records);
    return records;
  }

  private endRecord(records: string[][]) {
    this.record.push(this.field);
    // A blank line is no record.
    if (!(this.record.length === 1 && this.record[0] === "")) records.push(this.record);
    this.resetRecord();
  }

  private resetRecord() {
    this.record = [];
    this.field = "";
    this.fieldStarted = false;
    this.quoted = false;
    this.quoteSeen = false;
    this.lastWasCr = false;
  }
}

export class UnterminatedQuoteError extends Error {
  constructor() {
    super("A quoted field is not closed before the end of the file.");
  }
}
