// A multipart/form-data body read as it arrives (issue #14: a register file of 80 MB is never held
// whole). Parts come one after the other; a text field is read whole (up to a small limit), a
// file part is read as a stream of chunks, each handed over before the next is read, so the
// upload goes only as fast as its consumer.

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");
const MAX_HEADER_BYTES = 8 * 1024;

export class MultipartError extends Error {}

export type MultipartPart = { name: string; fileName: string | null; body: AsyncGenerator<Buffer> };

/** The boundary of a multipart/form-data Content-Type, or null. */
export function multipartBoundary(contentType: string | null): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

export class MultipartReader {
  private buffer = Buffer.alloc(0);
  private done = false;
  private finished = false;
  private readonly delimiter: Buffer;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  /** Bytes of the body read so far, for a progress bar. */
  bytesRead = 0;

  constructor(body: ReadableStream<Uint8Array>, boundary: string) {
    this.reader = body.getReader();
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const { done, value } = await this.reader.read();
    if (done) {
      this.done = true;
      return false;
    }
    this.bytesRead += value.byteLength;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, value]) : Buffer.from(value);
    return true;
  }

  /** Stops reading the body (an error, a limit passed). */
  async cancel(): Promise<void> {
    this.finished = true;
    await this.reader.cancel().catch(() => {});
  }

  /** The next part, or null after the last. The previous part's body must have been read to its end. */
  async next(): Promise<MultipartPart | null> {
    if (this.finished) return null;
    if (this.bytesRead === 0) {
      // The body starts with the first delimiter, without its leading line break.
      this.buffer = Buffer.concat([CRLF, this.buffer]);
    }
    while (this.buffer.length < this.delimiter.length + 2) if (!(await this.fill())) throw new MultipartError("truncated");
    if (this.bytesRead === 0 || this.buffer.indexOf(this.delimiter) !== 0) throw new MultipartError("no delimiter");
    const after = this.buffer.subarray(this.delimiter.length, this.delimiter.length + 2).toString("latin1");
    if (after === "--") {
      this.finished = true;
      return null;
    }
    if (after !== "\r\n") throw new MultipartError("bad delimiter");
    this.buffer = this.buffer.subarray(this.delimiter.length + 2);
    let end = this.buffer.indexOf(HEADER_END);
    while (end < 0) {
      if (this.buffer.length > MAX_HEADER_BYTES || !(await this.fill())) throw new MultipartError("headers");
      end = this.buffer.indexOf(HEADER_END);
    }
    const headers = this.buffer.subarray(0, end).toString("utf8");
    this.buffer = this.buffer.subarray(end + HEADER_END.length);
    const disposition = /^content-disposition:\s*form-data(.*)$/im.exec(headers)?.[1] ?? "";
    const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) throw new MultipartError("no name");
    const fileName = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
    return { name, fileName, body: this.partBody() };
  }

  /** The part's bytes, up to (not including) the next delimiter, which stays in the buffer. */
  private async *partBody(): AsyncGenerator<Buffer> {
    for (;;) {
      const at = this.buffer.indexOf(this.delimiter);
      if (at >= 0) {
        if (at > 0) yield this.buffer.subarray(0, at);
        this.buffer = this.buffer.subarray(at);
        return;
      }
      // Keep what could be the start of a delimiter split between two chunks.
      const safe = this.buffer.length - (this.delimiter.length - 1);
      if (safe > 0) {
        const chunk = this.buffer.subarray(0, safe);
        this.buffer = this.buffer.subarray(safe);
        yield chunk;
      }
      if (!(await this.fill())) throw new MultipartError("truncated");
    }
  }
}

/** A text part read whole, or null past `maxBytes`. */
export async function readTextPart(part: MultipartPart, maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of part.body) {
    length += chunk.length;
    if (length > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
