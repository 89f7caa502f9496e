// The one HTML shape of every email the app sends (issue #10): plain, accessible, links spelled out
// in full, each HTML part paired with a text part by its template. One escape for all of them.

/** Escapes the five characters that can end an HTML text node or a quoted attribute: & < > " '. */
export function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}

/** A link whose visible text is its address, so it can be read and copied from any mail client. */
export function emailLink(url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
}

/**
 * The layout: paragraphs of HTML the template has already escaped, and an optional button for the
 * one thing the email asks of its reader. `language`: the email's language and writing direction
 * (issue #12); English, left to right, when not given.
 */
export function emailLayout(
  paragraphs: string[],
  button?: { label: string; url: string },
  language: { lang: string; dir: "ltr" | "rtl" } = { lang: "en", dir: "ltr" },
): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${p}</p>`).join("");
  const action = button
    ? `<p style="margin:0 0 24px"><a href="${escapeHtml(button.url)}" style="display:inline-block;background:#00703c;color:#fff;padding:10px 16px;text-decoration:none;font-weight:bold">${escapeHtml(button.label)}</a></p>`
    : "";
  const html = language.dir === "rtl" ? `<html lang="${escapeHtml(language.lang)}" dir="rtl">` : `<html lang="${escapeHtml(language.lang)}">`;
  return `<!doctype html>${html}<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:600px;margin:0 auto;padding:16px">${body}${action}</body></html>`;
}
