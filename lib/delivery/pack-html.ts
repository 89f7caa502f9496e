import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { directionOf, type Locale } from "@/lib/i18n/routing";
import { formatterFor } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import type { PackSignatory } from "./queries";

// The frame of every printed part of a pack (issue #14): one HTML document per part, built here as a
// string, every text escaped. Chromium prints each (lib/delivery/pdf-render.ts). The font is
// Vazirmatn from its npm package, inlined as data URLs so that printing reaches no network and a
// Persian pack is shaped by the same font on every machine; its Latin letters cover English and French.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

let fontFaces: string | undefined;

function fontFaceCss(): string {
  if (fontFaces) return fontFaces;
  const dir = path.join(process.cwd(), "node_modules/vazirmatn/fonts/webfonts");
  const face = (file: string, weight: number) =>
    `@font-face{font-family:"Vazirmatn";font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(path.join(dir, file)).toString("base64")}) format("woff2")}`;
  fontFaces = face("Vazirmatn-Regular.woff2", 400) + face("Vazirmatn-Bold.woff2", 700);
  return fontFaces;
}

// Logical properties throughout: a Persian pack mirrors without a second stylesheet.
const STYLES = `
@page{size:A4;margin:18mm 16mm 20mm}
*{box-sizing:border-box}
body{font-family:"Vazirmatn",sans-serif;font-size:10.5pt;line-height:1.5;color:#0b0c0c;margin:0}
h1{font-size:22pt;line-height:1.2;margin:0 0 8pt}
h2{font-size:14pt;margin:16pt 0 6pt;border-block-end:1.5pt solid #0b0c0c;padding-block-end:2pt;break-after:avoid}
h3{font-size:11.5pt;margin:10pt 0 4pt;break-after:avoid}
p{margin:0 0 6pt}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-weight:700;color:#505a5f;margin:0}
:lang(fa) .kicker{letter-spacing:0}
.cover{display:flex;gap:16pt;align-items:flex-start;border-block-end:2pt solid #0b0c0c;padding-block-end:10pt}
.cover-text{flex:1}
.total{font-size:28pt;font-weight:700;line-height:1.1;margin:8pt 0 2pt}
.qr{inline-size:40mm;text-align:center;font-size:8pt;color:#505a5f}
.qr svg{inline-size:40mm;block-size:40mm;display:block}
.check{font-size:9pt;color:#505a5f;margin-block-start:4pt}
.url{overflow-wrap:anywhere;unicode-bidi:isolate}
.muted{color:#505a5f}
.statement p{text-align:start}
table{border-collapse:collapse;inline-size:100%;font-size:9.5pt}
th,td{text-align:start;padding:2pt 4pt;border-block-end:.5pt solid #b1b4b6;vertical-align:top}
th{border-block-end:1pt solid #0b0c0c}
td.num,th.num{text-align:end;white-space:nowrap}
thead{display:table-header-group}
tr{break-inside:avoid}
.columns{display:flex;gap:12pt;flex-wrap:wrap}
.columns>div{flex:1;min-inline-size:45%}
.map{break-inside:avoid;margin-block:8pt}
.map svg{inline-size:100%;block-size:auto;max-block-size:100mm}
.verified{font-weight:700}
section{break-inside:auto}
.part{break-before:page}
`;

/** One printable HTML document in the pack's language and direction. */
export function packDocument(language: Locale, title: string, body: string): string {
  // French groups digits with a narrow no-break space (2 120), which Vazirmatn has no glyph for:
  // Chromium printed "2120". A no-break space, which it has, keeps the grouping and the line.
  body = body.replaceAll("\u202f", "\u00a0");
  return (
    `<!doctype html><html lang="${language}" dir="${directionOf(language)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${fontFaceCss()}${STYLES}</style></head><body>${body}</body></html>`
  );
}

/** Paragraphs of a text typed with blank lines between them. */
export function paragraphs(text: string): string {
  return (
    text
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean)
      // dir="auto": a paragraph takes the direction of its own first letters (a Latin quotation in a Persian pack).
      .map((part) => `<p dir="auto">${escapeHtml(part).replace(/\n/g, "<br>")}</p>`)
      .join("")
  );
}

/**
 * A table of signatories, numbered from `first` (1-based) through the whole pack, so a reader can
 * cite "no. 41,208" and the parts join into one list.
 */
export function signatoryTable(language: Locale, rows: readonly PackSignatory[], first: number): string {
  const t = translatorFor(language);
  const format = formatterFor(language);
  const head =
    `<thead><tr><th class="num">${escapeHtml(t("delivery.pack.number"))}</th><th>${escapeHtml(t("delivery.pack.name"))}</th>` +
    `<th>${escapeHtml(t("delivery.pack.place"))}</th><th>${escapeHtml(t("delivery.pack.office"))}</th></tr></thead>`;
  const body = rows
    .map((row, i) => {
      const office = row.office ? t(`campaign.offices.${row.office}`) : "";
      const mark = row.registerExtract
        ? ` <span class="muted">(${escapeHtml(t("delivery.pack.registerMark", { date: format.date(row.registerExtract) }))})</span>`
        : "";
      return (
        `<tr><td class="num">${format.number(first + i)}</td><td><bdi>${escapeHtml(row.name)}</bdi></td>` +
        `<td><bdi>${escapeHtml(row.place ?? "")}</bdi></td><td>${escapeHtml(office)}${mark}</td></tr>`
      );
    })
    .join("");
  return `<table>${head}<tbody>${body}</tbody></table>`;
}
