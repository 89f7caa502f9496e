import "server-only";
import { uniqueCommuneCodes } from "@/lib/communes/queries";
import { communeSearchKey } from "@/lib/communes/search-key";
import { and, eq } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { offlineSignatures, offlineTallies, type OfflineTally } from "@/lib/db/schema";
import type { PaperSignature } from "./paper-rows";

// Writes of offline signatures. They trust their caller (commands.ts authorizes); each change and
// its audit entry commit together or not at all.

type CampaignRef = { id: string; slug: string };

export type TallyRecord = {
  count: number;
  description: string;
  sourceTitle: string;
  sourceUrl?: string;
  sourceDate?: string;
};

export async function recordOfflineTally(actor: AuditActor, campaign: CampaignRef, record: TallyRecord): Promise<OfflineTally> {
  return getDb().transaction(async (tx) => {
    const [tally] = await tx
      .insert(offlineTallies)
      .values({
        campaignId: campaign.id,
        count: record.count,
        description: record.description,
        sourceTitle: record.sourceTitle,
        sourceUrl: record.sourceUrl ?? null,
        sourceDate: record.sourceDate ?? null,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: "offline.record",
      campaignId: campaign.id,
      subject: `${record.count} offline signatures on ${campaign.slug}`,
      details: { tallyId: tally.id, count: record.count, sourceTitle: record.sourceTitle },
    });
    return tally;
  });
}

// 11 columns a row: 2,000 rows stay well under PostgreSQL's 65,535 parameters per statement.
const INSERT_BATCH = 2_000;

/** The tally and every paper signature in one transaction: a failure part-way leaves nothing behind. */
export async function importPaperSignatures(
  actor: AuditActor,
  campaign: CampaignRef,
  source: { sourceTitle: string; description: string; fileName: string },
  rows: PaperSignature[],
): Promise<OfflineTally> {
  // A French signer's commune (issue #14), when the name on the paper is borne by one commune only;
  // a name several communes share stays text alone (the paper does not say which).
  const frenchNames = rows.flatMap((row) => (row.country === "FR" && row.municipality ? [row.municipality] : []));
  const codes = await uniqueCommuneCodes(frenchNames);
  const communeCodeOf = (row: PaperSignature) =>
    row.country === "FR" && row.municipality ? (codes.get(communeSearchKey(row.municipality)) ?? null) : null;
  return getDb().transaction(async (tx) => {
    const [tally] = await tx
      .insert(offlineTallies)
      .values({
        campaignId: campaign.id,
        count: rows.length,
        description: source.description,
        sourceTitle: source.sourceTitle,
        importedFrom: source.fileName,
        createdBy: actor.id,
      })
      .returning();
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      await tx.insert(offlineSignatures).values(
        rows.slice(start, start + INSERT_BATCH).map((row) => ({
          tallyId: tally.id,
          campaignId: campaign.id,
          line: row.line,
          fullName: row.fullName,
          country: row.country,
          city: row.city,
          postcode: row.postcode,
          office: row.office,
          municipality: row.municipality,
          communeCode: communeCodeOf(row),
          signedOn: row.signedOn,
        })),
      );
    }
    await recordAudit(tx, actor, {
      action: "offline.import",
      campaignId: campaign.id,
      subject: `${rows.length} paper signatures on ${campaign.slug}`,
      details: { tallyId: tally.id, count: rows.length, file: source.fileName },
    });
    return tally;
  });
}

/** Removes a tally of this campaign (its paper signatures go with it); null when there is none. */
export async function removeOfflineTally(actor: AuditActor, campaign: CampaignRef, tallyId: string): Promise<OfflineTally | null> {
  return getDb().transaction(async (tx) => {
    const [removed] = await tx
      .delete(offlineTallies)
      .where(and(eq(offlineTallies.id, tallyId), eq(offlineTallies.campaignId, campaign.id)))
      .returning();
    if (!removed) return null;
    await recordAudit(tx, actor, {
      action: "offline.remove",
      campaignId: campaign.id,
      subject: `${removed.count} offline signatures on ${campaign.slug}`,
      details: { tallyId, count: removed.count, sourceTitle: removed.sourceTitle, importedFrom: removed.importedFrom },
    });
    return removed;
  });
}
