// Turns an uploaded file's bytes into text, or says plainly why it is not a CSV file we can read.
// Spreadsheet programs are the usual source of trouble: an .xlsx saved under a .csv name, "Unicode
// text" (UTF-16), or a legacy encoding where "é" is one byte that is not UTF-8. Messages are
// catalog keys (lib/i18n/message-key.ts).

import { messageKey } from "@/lib/i18n/message-key";

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

// The encodings' names are values, so that Persian text carries no Latin digits of its own.
const m = (key: string, values?: Record<string, string | number>) =>
  messageKey(`organizer.offline.csv.${key}`, values && { utf8: "UTF-8", utf16: "UTF-16", ...values });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: m("empty") };
  // ZIP (xlsx, ods) and OLE2 (xls) containers.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, message: m("spreadsheet", {}) };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, message: m("utf16", {}) };
  }
  if (bytes.includes(0)) {
    return { ok: false, message: m("binary") };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Point at the first line that is not UTF-8, where the replacement character appears.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const at = lenient.indexOf("\ufffd");
    const line = at < 0 ? null : lenient.slice(0, at).split(/\r\n|\r|\n/).length;
    return { ok: false, message: line ? m("notUtf8AtLine", { line }) : m("notUtf8", {}) };
  }
  if (text.trim() === "") return { ok: false, message: m("empty") };
  return { ok: true, text };
}
