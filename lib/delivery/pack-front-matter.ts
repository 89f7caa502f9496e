import "server-only";
import { directionOf } from "@/lib/i18n/routing";
import { formatterFor } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import type { PackContent, PackText } from "./pack-content";
import { escapeHtml, packDocument, paragraphs, signatoryTable } from "./pack-html";
import { qrCodeSvg } from "./qr-code";

// The first part of a pack (issue #14): the cover with the total and the QR code of the snapshot,
// the statement and whom it addresses in each chosen language, the breakdowns and maps, the
// documented offline tallies, the event and its sources, and the verified officials. The long
// list of the other signatories follows in parts of its own (pdf-render.ts).

const BREAKDOWN_ROWS = 40;

export function frontMatterHtml(content: PackContent): string {
  const { language, counts } = content;
  const t = translatorFor(language);
  const format = formatterFor(language);
  const [original, ...translations] = content.texts;
  const cover =
    `<header class="cover"><div class="cover-text"><p class="kicker">${escapeHtml(t("delivery.pack.kicker"))}</p>` +
    `<h1>${escapeHtml(original.title)}</h1>` +
    `<p><strong>${escapeHtml(t("delivery.pack.addressedTo"))}</strong> ${escapeHtml(format.list(original.decisionMakers))}</p>` +
    `<p class="total">${format.number(counts.total)}</p>` +
    `<p><strong>${escapeHtml(t("delivery.pack.totalLabel", { count: counts.total }))}</strong></p>` +
    `<p>${escapeHtml(t("delivery.pack.totalParts", { online: counts.online, offline: counts.offline }))}</p>` +
    `<p class="muted">${escapeHtml(t("delivery.pack.madeOn", { when: format.dateTime(content.madeAt) }))}</p>` +
    `<p class="check">${escapeHtml(t("delivery.pack.qrCaption"))} <a class="url" dir="ltr" href="${escapeHtml(content.snapshotUrl)}">${escapeHtml(content.snapshotUrl)}</a></p></div>` +
    `<div class="qr">${qrCodeSvg(content.snapshotUrl, t("delivery.pack.qrLabel"))}</div></header>`;
  return packDocument(
    language,
    original.title,
    cover +
      textSection(original, t("delivery.pack.statementHeading"), false) +
      translations.map((text) => textSection(text, translationHeading(text), true)).join("") +
      countsSection(content) +
      offlineSection(content) +
      eventSection(content) +
      officialsSection(content),
  );
}

/** "Traduction en français", "ترجمه به فارسی": in the translation's language, the language's name as it writes it. */
const translationHeading = (text: PackText) =>
  translatorFor(text.language)("delivery.pack.translationHeading", { language: formatterFor(text.language).language(text.language) });

/** The statement; a translation also gives its title and whom it addresses, which the cover gives for the original. */
function textSection(text: PackText, heading: string, translated: boolean): string {
  const t = translatorFor(text.language);
  const format = formatterFor(text.language);
  return (
    `<section lang="${text.language}" dir="${directionOf(text.language)}"><h2>${escapeHtml(heading)}</h2>` +
    (translated
      ? `<h3>${escapeHtml(text.title)}</h3><p><strong>${escapeHtml(t("delivery.pack.addressedTo"))}</strong> ${escapeHtml(format.list(text.decisionMakers))}</p>`
      : "") +
    `<p dir="auto"><em>${escapeHtml(text.summary)}</em></p><div class="statement">${paragraphs(text.statement)}</div></section>`
  );
}

function breakdownTable(heading: string, firstColumn: string, rows: { label: string; count: number }[], language: PackContent["language"]): string {
  if (rows.length === 0) return "";
  const format = formatterFor(language);
  const t = translatorFor(language);
  const shown = rows.slice(0, BREAKDOWN_ROWS);
  const rest = rows.slice(BREAKDOWN_ROWS).reduce((sum, row) => sum + row.count, 0);
  const body = shown.map((row) => `<tr><td>${escapeHtml(row.label)}</td><td class="num">${format.number(row.count)}</td></tr>`).join("");
  const more =
    rest > 0
      ? `<tr><td>${escapeHtml(t("delivery.pack.others", { count: rows.length - BREAKDOWN_ROWS }))}</td><td class="num">${format.number(rest)}</td></tr>`
      : "";
  return (
    `<div><h3>${escapeHtml(heading)}</h3><table><thead><tr><th>${escapeHtml(firstColumn)}</th><th class="num">${escapeHtml(t("delivery.pack.signatures"))}</th></tr></thead>` +
    `<tbody>${body}${more}</tbody></table></div>`
  );
}

function countsSection(content: PackContent): string {
  const { language, counts } = content;
  const t = translatorFor(language);
  const format = formatterFor(language);
  const tables = [
    breakdownTable(
      t("delivery.pack.byCountry"),
      t("delivery.pack.country"),
      counts.byCountry.map((e) => ({ label: format.country(e.key), count: e.count })),
      language,
    ),
    breakdownTable(
      t("delivery.pack.byDepartement"),
      t("delivery.pack.departement"),
      counts.byDepartement.map((e) => ({ label: `${e.name} (${e.key})`, count: e.count })),
      language,
    ),
    breakdownTable(
      t("delivery.pack.byRegion"),
      t("delivery.pack.region"),
      counts.byRegion.map((e) => ({ label: e.name, count: e.count })),
      language,
    ),
  ].join("");
  return (
    `<section class="part"><h2>${escapeHtml(t("delivery.pack.countsHeading"))}</h2>` +
    `<p>${escapeHtml(t("delivery.pack.countsNote"))}</p>` +
    content.maps.map((svg) => `<div class="map">${svg}</div>`).join("") +
    (tables ? `<div class="columns">${tables}</div>` : "") +
    `</section>`
  );
}

function offlineSection(content: PackContent): string {
  if (content.offlineTallies.length === 0) return "";
  const t = translatorFor(content.language);
  const format = formatterFor(content.language);
  const items = content.offlineTallies
    .map((tally) => {
      const source = [tally.sourceTitle, tally.sourceDate ? format.date(tally.sourceDate) : null, tally.sourceUrl].filter(Boolean).join(", ");
      return `<li><strong>${format.number(tally.count)}</strong> ${escapeHtml(tally.description)} <span class="muted">(${escapeHtml(source)})</span></li>`;
    })
    .join("");
  return `<section><h2>${escapeHtml(t("delivery.pack.offlineHeading"))}</h2><ul>${items}</ul></section>`;
}

function eventSection(content: PackContent): string {
  const { event, language } = content;
  if (!event) return "";
  const t = translatorFor(language);
  const format = formatterFor(language);
  const when = event.occurredOn ? format.eventDate(event.occurredOn) : event.dateNote;
  const sources = event.sources
    .map((source) => {
      const details = [source.publisher, source.publishedOn ? format.date(source.publishedOn) : null].filter(Boolean).join(", ");
      return `<li>${escapeHtml(source.title)}${details ? ` <span class="muted">(${escapeHtml(details)})</span>` : ""}${source.url ? `<br><span class="url">${escapeHtml(source.url)}</span>` : ""}</li>`;
    })
    .join("");
  return (
    `<section><h2>${escapeHtml(t("delivery.pack.eventHeading"))}</h2><h3>${escapeHtml(event.title)}</h3>` +
    `<p class="muted">${escapeHtml(when)} · ${escapeHtml(event.place)} · ${escapeHtml(event.host)}</p>${paragraphs(event.summary)}` +
    (sources ? `<h3>${escapeHtml(t("delivery.pack.sourcesHeading"))}</h3><ul>${sources}</ul>` : "") +
    `</section>`
  );
}

function officialsSection(content: PackContent): string {
  const t = translatorFor(content.language);
  if (content.officials.length === 0) return "";
  return (
    `<section class="part"><h2>${escapeHtml(t("delivery.pack.officialsHeading", { count: content.officials.length }))}</h2>` +
    `<p>${escapeHtml(t("delivery.pack.officialsNote"))}</p>${signatoryTable(content.language, content.officials, 1)}</section>`
  );
}

/** One part of the list of the other listed signatories, numbered on from the officials. */
export function listPartHtml(content: PackContent, rows: Parameters<typeof signatoryTable>[1], first: number, isFirst: boolean): string {
  const t = translatorFor(content.language);
  const heading = isFirst
    ? `<h2>${escapeHtml(t("delivery.pack.listHeading", { count: content.counts.listed - content.officials.length }))}</h2>`
    : "";
  return packDocument(content.language, content.texts[0].title, `<section>${heading}${signatoryTable(content.language, rows, first)}</section>`);
}
