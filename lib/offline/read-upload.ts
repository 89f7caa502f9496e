import type { UploadedFile } from "./schema";

export type ReadUploadResult = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

/**
 * Reads an uploaded file, but never more than `maxBytes` of it: the declared size is checked
 * first, and the stream is cancelled as soon as it passes the limit, in case the size lied.
 */
export async function readUpload(file: UploadedFile, maxBytes: number): Promise<ReadUploadResult> {
  if (file.size > maxBytes) return { ok: false, tooLarge: true };
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
