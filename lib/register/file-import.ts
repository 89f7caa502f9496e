import "server-only";
import { eq } from "drizzle-orm";
import { getDb, getSql } from "@/lib/db/client";
import { registerExtracts } from "@/lib/db/schema";
import { CsvStream, detectSeparator, MAX_RECORD_CHARS, RecordTooLongError, UnterminatedQuoteError } from "./csv-stream";
import { copyOfficials } from "./official-copy";
import { readHeader, readOfficial, type OfficialRow, type RegisterFileKind } from "./register-file";
import { MAX_REGISTER_FILE_BYTES, MAX_REGISTER_ROWS } from "./schema";

// Streams one register file into PostgreSQL (issue #14): bytes are decoded, parsed and copied in
// as they arrive, BATCH rows at a time (official-copy.ts), so memory stays flat whatever the
// file's size. All rows go in one transaction, which also marks the extract complete: a file that
// turns out malformed or too large at its last line leaves no row behind, and the extract is
// never current.

const BATCH = 5_000;

/** Why an import stopped: a catalog key under `register.importErrors` and its values. */
export class RegisterImportError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

type Progress = () => number;

/**
 * Reads `chunks` (the file's bytes) into the extract's officials and marks it complete, or throws
 * RegisterImportError with nothing kept. `bytesRead` tells the progress bar how far the upload is.
 */
export async function importRegisterFile(
  extractId: string,
  kind: RegisterFileKind,
  chunks: AsyncIterable<Uint8Array>,
  bytesRead: Progress,
): Promise<{ rows: number }> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let parser: CsvStream | null = null;
  let pending = "";
  let header: ReturnType<typeof readHeader> | null = null;
  let width = 0;
  let line = 1;
  let rows = 0;
  let fileBytes = 0;
  let batch: OfficialRow[] = [];

  return getSql().begin(async (tx) => {
    // One batch is sent while the next is read, so parsing and PostgreSQL's work overlap; a failed
    // batch surfaces at the next flush or at the end, and the transaction then keeps nothing.
    let inFlight: Promise<void> = Promise.resolve();
    const send = async (officials: OfficialRow[]) => {
      await copyOfficials(tx, extractId, officials);
      rows += officials.length;
      await getDb().update(registerExtracts).set({ rowsImported: rows, bytesRead: bytesRead() }).where(eq(registerExtracts.id, extractId));
    };
    const flush = async () => {
      if (batch.length === 0) return;
      const officials = batch;
      batch = [];
      await inFlight;
      inFlight = send(officials);
      inFlight.catch(() => {});
    };
    const take = async (records: string[][]) => {
      for (const record of records) {
        if (!header) {
          header = readHeader(record);
          if (!header.ok) throw new RegisterImportError("header", { columns: header.missing.join(", ") });
          width = record.length;
          continue;
        }
        line++;
        if (!header.ok) return;
        const official = readOfficial(record, header.columns, width, kind);
        if (typeof official === "string") throw new RegisterImportError(`row.${official}`, { line });
        batch.push(official);
        if (line - 1 > MAX_REGISTER_ROWS) throw new RegisterImportError("tooManyRows", { max: MAX_REGISTER_ROWS });
        if (batch.length >= BATCH) await flush();
      }
    };
    const feed = async (text: string) => {
      if (parser) return take(parser.push(text));
      // The separator is read from the header line, so the text waits until that line is whole.
      pending += text;
      const end = pending.indexOf("\n");
      if (end < 0) {
        if (pending.length > 10_000) throw new RegisterImportError("header", { columns: "" });
        return;
      }
      parser = new CsvStream(detectSeparator(pending.slice(0, end)));
      const all = pending;
      pending = "";
      await take(parser.push(all));
    };
    try {
      for await (const chunk of chunks) {
        fileBytes += chunk.byteLength;
        if (fileBytes > MAX_REGISTER_FILE_BYTES) throw new RegisterImportError("tooLarge", { max: Math.round(MAX_REGISTER_FILE_BYTES / 1048576) });
        await feed(decoder.decode(chunk, { stream: true }));
      }
      await feed(decoder.decode());
      if (!parser && pending) parser = new CsvStream(detectSeparator(pending));
      if (parser) await take(pending ? parser.push(pending) : []);
      if (parser) await take(parser.end());
    } catch (error) {
      // The rollback must not reach PostgreSQL while a COPY is still being sent on its connection.
      await inFlight.catch(() => {});
      if (error instanceof TypeError && /decode|encoded|utf/i.test(error.message)) throw new RegisterImportError("encoding");
      if (error instanceof UnterminatedQuoteError) throw new RegisterImportError("unterminatedQuote");
      if (error instanceof RecordTooLongError) throw new RegisterImportError("lineTooLong", { max: MAX_RECORD_CHARS });
      throw error;
    }
    if (!header) throw new RegisterImportError("empty");
    await flush();
    await inFlight;
    if (rows === 0) throw new RegisterImportError("noRows");
    await tx`update register_extracts set status = 'complete', rows_imported = ${rows}, bytes_read = ${bytesRead()}, completed_at = now() where id = ${extractId}`;
    return { rows };
  });
}
