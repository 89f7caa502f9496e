// Turns an uploaded file's bytes into text, or says plainly why it is not a CSV file we can read.
// Spreadsheet programs are the usual source of trouble: an .xlsx saved under a .csv name, "Unicode
// text" (UTF-16), or a legacy encoding where "é" is one byte that is not UTF-8.

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const SAVE_AS = 'In your spreadsheet program, choose "Save as" and "CSV UTF-8 (comma-separated)", then upload that file.';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  // ZIP (xlsx, ods) and OLE2 (xls) containers.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, message: `This is a spreadsheet file, not a CSV file. ${SAVE_AS}` };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, message: `The file is UTF-16 text, not UTF-8. ${SAVE_AS}` };
  }
  if (bytes.includes(0)) {
    return { ok: false, message: "The file holds binary data, not text. Upload a CSV file." };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Point at the first line that is not UTF-8, where the replacement character appears.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const at = lenient.indexOf("\ufffd");
    const line = at < 0 ? null : lenient.slice(0, at).split(/\r\n|\r|\n/).length;
    return { ok: false, message: `The file is not UTF-8 text${line ? ` (first on line ${line})` : ""}. ${SAVE_AS}` };
  }
  if (text.trim() === "") return { ok: false, message: "The file is empty." };
  return { ok: true, text };
}
