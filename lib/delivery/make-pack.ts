import "server-only";
import { createHash } from "node:crypto";
import type { CampaignSnapshot } from "@/lib/db/schema";
import { findCampaignSlug } from "./queries";
import { streamPublicSignatories } from "@/lib/signatory-list/queries";
import { officeOfLabel } from "@/lib/signatory-list/offices";
import { failSnapshot, finishSnapshot, reportSnapshotProgress } from "./mutations";
import { loadPackContent, type PackContent } from "./pack-content";
import { frontMatterHtml, listPartHtml } from "./pack-front-matter";
import type { PackSignatory } from "./queries";
import { printPack } from "./pdf-render";

// One delivery pack, made by the worker (issue #14): read the content and counts once, print the
// front matter and then the list in parts of PART_ROWS signatories, join them, hash the PDF and
// store it with the counts it shows. Progress is written after each part, which renews the lease.

/** Rows per printed part: about 60 A4 pages; Chromium's memory grows with a part, not with the pack. */
const PART_ROWS = 3_000;

export async function makePack(snapshot: CampaignSnapshot, leaseMs: number, partRows = PART_ROWS): Promise<void> {
  const slug = await findCampaignSlug(snapshot.campaignId);
  const content = slug ? await loadPackContent({ id: snapshot.id, campaignSlug: slug, languages: snapshot.languages }, new Date()) : null;
  if (!content) return failSnapshot(snapshot.id, "delivery.errors.campaignGone");
  const total = content.counts.listed;
  await reportSnapshotProgress(snapshot.id, 0, total, leaseMs);
  let done = content.officials.length;
  const progress = async (rows: number) => {
    done += rows;
    await reportSnapshotProgress(snapshot.id, Math.min(done, total), total, leaseMs);
  };
  const printed = await printPack(parts(content, snapshot.campaignId, partRows, progress), {
    title: content.texts[0].title,
    language: content.language,
    subject: content.snapshotUrl,
  });
  const sha256 = createHash("sha256").update(printed.pdf).digest("hex");
  await finishSnapshot(snapshot.id, { counts: content.counts, sha256, pdf: printed.pdf, pageCount: printed.pageCount, rowsTotal: total });
}

/** The front matter, then the listed signatories who are not among the verified officials, a part at a time. */
async function* parts(content: PackContent, campaignId: string, partRows: number, progress: (rows: number) => Promise<void>): AsyncGenerator<string> {
  yield frontMatterHtml(content);
  let number = content.officials.length + 1;
  let pending: PackSignatory[] = [];
  let first = true;
  const flush = async () => {
    const html = listPartHtml(content, pending, number, first);
    number += pending.length;
    await progress(pending.length);
    pending = [];
    first = false;
    return html;
  };
  for await (const batch of streamPublicSignatories(campaignId)) {
    for (const row of batch) {
      // Verified officials are listed first, in the front matter; the rest follow here.
      if (row.verified || row.registerExtract) continue;
      pending.push({ name: row.name, place: row.place, office: (row.office && officeOfLabel(row.office)) || null, registerExtract: null });
    }
    if (pending.length >= partRows) yield await flush();
  }
  if (pending.length > 0) yield await flush();
}
