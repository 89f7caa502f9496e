import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaignSnapshots, type CampaignSnapshot } from "@/lib/db/schema";
import type { Office } from "@/lib/signatory-list/offices";

// Reads of the delivery packs (issue #14). They do not authorize: page-data.ts, commands.ts and the
// public routes decide who may call them. The PDF's bytes are read only by the download.

/** A snapshot without its PDF: what lists and pages show. */
export type SnapshotSummary = Omit<CampaignSnapshot, "pdf">;

const summaryColumns = {
  id: campaignSnapshots.id,
  campaignId: campaignSnapshots.campaignId,
  status: campaignSnapshots.status,
  languages: campaignSnapshots.languages,
  rowsDone: campaignSnapshots.rowsDone,
  rowsTotal: campaignSnapshots.rowsTotal,
  counts: campaignSnapshots.counts,
  sha256: campaignSnapshots.sha256,
  pdfBytes: campaignSnapshots.pdfBytes,
  pageCount: campaignSnapshots.pageCount,
  error: campaignSnapshots.error,
  attempts: campaignSnapshots.attempts,
  leaseUntil: campaignSnapshots.leaseUntil,
  createdBy: campaignSnapshots.createdBy,
  createdAt: campaignSnapshots.createdAt,
  startedAt: campaignSnapshots.startedAt,
  finishedAt: campaignSnapshots.finishedAt,
};

/** Every pack of a campaign, newest first; `finishedOnly` for the public. */
export async function listSnapshots(campaignId: string, finishedOnly: boolean): Promise<SnapshotSummary[]> {
  const where = finishedOnly
    ? and(eq(campaignSnapshots.campaignId, campaignId), eq(campaignSnapshots.status, "finished"))
    : eq(campaignSnapshots.campaignId, campaignId);
  return getDb().select(summaryColumns).from(campaignSnapshots).where(where).orderBy(desc(campaignSnapshots.createdAt)).limit(200);
}

export async function findSnapshot(campaignId: string, id: string): Promise<SnapshotSummary | null> {
  const [row] = await getDb()
    .select(summaryColumns)
    .from(campaignSnapshots)
    .where(and(eq(campaignSnapshots.id, id), eq(campaignSnapshots.campaignId, campaignId)));
  return row ?? null;
}

type PackFile = { pdf: Buffer; sha256: string; createdAt: Date };

// A finished pack never changes (a trigger refuses it), so its PDF can be kept here once read: a
// download is public and anonymous, and a pack of 100,000 signatories is 8 MB that would otherwise
// be read from the database on every request. The newest few are kept, within a byte budget;
// a larger file is read each time.
const KEPT_PDF_BYTES = 32 * 1024 * 1024;
const KEPT_PDF_MAX_FILE = 12 * 1024 * 1024;
const keptPdfs = new Map<string, PackFile>();
let keptBytes = 0;

function keepPdf(key: string, file: PackFile): void {
  if (file.pdf.length > KEPT_PDF_MAX_FILE || keptPdfs.has(key)) return;
  keptPdfs.set(key, file);
  keptBytes += file.pdf.length;
  for (const [oldest, kept] of keptPdfs) {
    if (keptBytes <= KEPT_PDF_BYTES) break;
    keptPdfs.delete(oldest);
    keptBytes -= kept.pdf.length;
  }
}

/** The PDF of a finished pack, with its hash. */
export async function findSnapshotPdf(campaignId: string, id: string): Promise<PackFile | null> {
  const key = `${campaignId}/${id}`;
  const kept = keptPdfs.get(key);
  if (kept) return kept;
  const [row] = await getDb()
    .select({ pdf: campaignSnapshots.pdf, sha256: campaignSnapshots.sha256, createdAt: campaignSnapshots.createdAt })
    .from(campaignSnapshots)
    .where(and(eq(campaignSnapshots.id, id), eq(campaignSnapshots.campaignId, campaignId), eq(campaignSnapshots.status, "finished")));
  if (!row?.pdf || !row.sha256) return null;
  const file = { pdf: row.pdf, sha256: row.sha256, createdAt: row.createdAt };
  keepPdf(key, file);
  return file;
}

export type PackSignatory = { name: string; place: string | null; office: Office | null; registerExtract: string | null };

const LISTED = sql.raw("s.status = 'confirmed' and s.show_name and not s.name_hidden");
// Checked by the organizers, or against the national register (a match that counts as verified).
const REGISTER_EXTRACT = sql.raw(`(select e.extract_date::text from register_matches m join register_extracts e on e.id = m.extract_id
  where m.signature_id = s.id and m.current and (m.result = 'verified' or (m.result = 'review' and m.decision = 'confirmed')))`);

/** The listed signatories who are verified officials, by commune then name: the pack's first list. */
export async function listVerifiedOfficials(campaignId: string): Promise<PackSignatory[]> {
  const rows = (await getDb().execute(sql`
    select * from (
      select s.full_name as name, coalesce(s.municipality, s.city) as place, s.office, s.verified_at is not null as checked,
             ${REGISTER_EXTRACT} as register_extract
        from signatures s where s.campaign_id = ${campaignId} and ${LISTED} and s.office is not null) v
     where checked or register_extract is not null
     order by place nulls last, name`)) as unknown as {
    name: string;
    place: string | null;
    office: Office | null;
    register_extract: string | null;
  }[];
  return rows.map((row) => ({ name: row.name, place: row.place, office: row.office, registerExtract: row.register_extract }));
}

/** How many signatories chose to be listed: the job's progress is counted against it. */
export async function countListedSignatories(campaignId: string): Promise<number> {
  const [row] = (await getDb().execute(
    sql`select count(*)::int as n from signatures s where s.campaign_id = ${campaignId} and ${LISTED}`,
  )) as unknown as {
    n: number;
  }[];
  return row?.n ?? 0;
}

export async function findCampaignSlug(campaignId: string): Promise<string | null> {
  const [row] = (await getDb().execute(sql`select slug from campaigns where id = ${campaignId}`)) as unknown as { slug: string }[];
  return row?.slug ?? null;
}
