import { z } from "zod";

// Text that organizers type or paste reaches PostgreSQL, which refuses NUL (U+0000) in text and
// jsonb with an error instead of storing it: left to the database, a stray NUL pasted from a PDF
// or a forged form turns into an error page. Every organizer form refuses it first, with a field
// error, and with it the other control characters nobody means to type (they are invisible,
// break CSV and email headers) and lone UTF-16 surrogates (not text: the driver would silently
// store U+FFFD in their place). One rule for all forms, so they cannot drift apart.

/** C0 controls, DEL and C1 controls: nothing a one-line field may hold, tab and newline included. */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, less what a paragraph needs: tab, line feed and carriage return. */
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, "g");

export const NOT_ALLOWED = "Remove the invisible control characters from this text: they are not allowed";

export function isSingleLineText(value: string): boolean {
  return !SINGLE_LINE_FORBIDDEN.test(value) && !LONE_SURROGATE.test(value);
}

export function isMultiLineText(value: string): boolean {
  return !MULTI_LINE_FORBIDDEN.test(value) && !LONE_SURROGATE.test(value);
}

/** A one-line input's text: refuses every control character. Chain it where the string is checked. */
export const singleLine = (schema: z.ZodString = z.string(), message = NOT_ALLOWED) => schema.refine(isSingleLineText, message);

/**
 * Line breaks as one line feed: CRLF (what a browser sends for every line break of a textarea)
 * and a lone CR (old Mac text, some PDF copies) become LF. Stored as typed, a statement reached
 * the OSDI API and the emails with "\r\n" in it (issue #11).
 */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * A textarea's string, its line breaks made LF before any other check: chain `.trim()`, `.max()`…
 * on it, so that a length counts one character per line break, as the browser's `maxLength` did.
 */
export const paragraphText = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(normaliseLineEndings);

/**
 * A textarea's text: line breaks and tabs are kept (as LF, whatever the schema was built on), other
 * control characters refused.
 */
export const multiLine = (schema: z.ZodString = paragraphText(), message = NOT_ALLOWED) =>
  schema.overwrite(normaliseLineEndings).refine(isMultiLineText, message);

/**
 * A search box's text, or a slug read from a URL, made safe to send as a query parameter: control
 * characters and lone surrogates dropped (never refused: a search is not a form to correct).
 */
export function searchText(value: string | undefined, max: number): string {
  return (value ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    .trim()
    .slice(0, max)
    .replace(LONE_SURROGATE_ALL, "");
}
