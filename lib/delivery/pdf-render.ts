import "server-only";
import { chromium, type Browser } from "playwright-core";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { getEnv } from "@/lib/env";

// Prints a pack (issue #14) with Chromium, the one renderer that shapes Persian with its digits and
// Latin phrases in order (shared/STACK-NOTES), and joins the parts with pdf-lib, which copies pages
// between documents without re-rendering their text, so Chromium's shaping is kept.
//
// Bounded memory: one Chromium page holding 100,000 rows took 5.4 GB. Each part (the front matter,
// then the list a few thousand signatories at a time) is its own page, printed and closed before
// the next is built, so Chromium holds one part and Node one part's HTML at a time. Page numbers
// count across parts, so they are stamped once the parts are joined, not by Chromium.

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: getEnv().CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** Prints one HTML document to PDF bytes in a fresh page, closed before returning. */
async function printPart(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    // The documents are self-contained (fonts inlined): no request may leave the page.
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load", timeout: 120_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

export type PrintedPack = { pdf: Buffer; pageCount: number };

/**
 * Prints each HTML part as it comes and joins them into one PDF with "n / N" page numbers and the
 * given metadata. `parts` is pulled one at a time: the next part is built only once the last printed.
 */
export async function printPack(parts: AsyncIterable<string>, meta: { title: string; language: string; subject: string }): Promise<PrintedPack> {
  const browser = await launchChromium();
  const joined = await PDFDocument.create();
  try {
    for await (const html of parts) {
      const part = await PDFDocument.load(await printPart(browser, html));
      for (const page of await joined.copyPages(part, part.getPageIndices())) joined.addPage(page);
    }
  } finally {
    await browser.close();
  }
  await stampPageNumbers(joined);
  joined.setTitle(meta.title);
  joined.setSubject(meta.subject);
  joined.setLanguage(meta.language);
  joined.setProducer("Petitions (Chromium, pdf-lib)");
  joined.setCreator("Petitions delivery pack");
  const bytes = await joined.save({ useObjectStreams: true });
  return { pdf: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), pageCount: joined.getPageCount() };
}

// Digits and a slash in Helvetica, which every PDF reader has: a page number reads alike in each language.
async function stampPageNumbers(pdf: PDFDocument): Promise<void> {
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const total = pdf.getPageCount();
  pdf.getPages().forEach((page, i) => {
    const text = `${i + 1} / ${total}`;
    const size = 8;
    const width = font.widthOfTextAtSize(text, size);
    page.drawText(text, { x: (page.getWidth() - width) / 2, y: 22, size, font, color: rgb(0.31, 0.35, 0.37) });
  });
}
