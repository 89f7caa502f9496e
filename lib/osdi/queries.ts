import "server-only";
import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import { PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/status";
import { getDb } from "@/lib/db/client";
import { translationsOf } from "@/lib/campaigns/queries";
import { campaigns, signatures, type Campaign, type CampaignTranslation } from "@/lib/db/schema";
import { getTallies, type Tally } from "@/lib/tallies/queries";
import type { PageQuery } from "./schema";
import type { SignatureRecord } from "./signatures";

// Petitions as OSDI sees them: our public campaigns, addressed by their id (a uuid that never
// changes, unlike a slug an organizer may one day edit).

export type PetitionRecord = Pick<
  Campaign,
  "id" | "slug" | "status" | "title" | "language" | "textRevision" | "summary" | "statement" | "decisionMakers" | "opensAt" | "closesAt" | "createdAt"
> & { tally: Tally; translations: CampaignTranslation[] };

const isPublic = inArray(campaigns.status, [...PUBLIC_CAMPAIGN_STATUSES]);

const petitionColumns = {
  id: campaigns.id,
  slug: campaigns.slug,
  status: campaigns.status,
  title: campaigns.title,
  language: campaigns.language,
  textRevision: campaigns.textRevision,
  summary: campaigns.summary,
  statement: campaigns.statement,
  decisionMakers: campaigns.decisionMakers,
  opensAt: campaigns.opensAt,
  closesAt: campaigns.closesAt,
  createdAt: campaigns.createdAt,
};

/** One page of public petitions, oldest first (id breaks ties, so pages never overlap), and their number. */
export async function listPublicPetitions({ page, perPage }: PageQuery): Promise<{ totalRecords: number; petitions: PetitionRecord[] }> {
  const db = getDb();
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(campaigns).where(isPublic),
    db
      .select(petitionColumns)
      .from(campaigns)
      .where(isPublic)
      .orderBy(asc(campaigns.createdAt), asc(campaigns.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
  ]);
  const ids = rows.map((row) => row.id);
  const [tallies, translations] = await Promise.all([getTallies(ids), translationsOf(ids)]);
  return {
    totalRecords: total,
    petitions: rows.map((row) => ({
      ...row,
      tally: tallies.get(row.id)!,
      translations: translations.filter((translation) => translation.campaignId === row.id),
    })),
  };
}

/** A public petition by id, or null. The id must already be a well-formed uuid. */
export async function getPublicPetition(id: string): Promise<PetitionRecord | null> {
  const [row] = await getDb()
    .select(petitionColumns)
    .from(campaigns)
    .where(and(eq(campaigns.id, id), isPublic))
    .limit(1);
  if (!row) return null;
  const [tallies, translations] = await Promise.all([getTallies([row.id]), translationsOf([row.id])]);
  return { ...row, tally: tallies.get(row.id)!, translations };
}

/** The slug of a public petition, which signing goes by, or null. The id must be a well-formed uuid. */
export async function findPublicPetitionSlug(id: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: campaigns.slug })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), isPublic))
    .limit(1);
  return row?.slug ?? null;
}

/** One page of a campaign's confirmed signatures, in the order they were confirmed, and their number. */
export async function listConfirmedSignatures(
  campaignId: string,
  { page, perPage }: PageQuery,
): Promise<{ totalRecords: number; signatures: SignatureRecord[] }> {
  const db = getDb();
  // Anonymised rows (issue #13, email '') are people no more: counts come from the tallies.
  const confirmed = and(eq(signatures.campaignId, campaignId), eq(signatures.status, "confirmed"), ne(signatures.email, ""));
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: count() }).from(signatures).where(confirmed),
    db
      .select({
        id: signatures.id,
        email: signatures.email,
        fullName: signatures.fullName,
        country: signatures.country,
        city: signatures.city,
        postcode: signatures.postcode,
        office: signatures.office,
        municipality: signatures.municipality,
        comment: signatures.comment,
        optInUpdates: signatures.optInUpdates,
        confirmedAt: signatures.confirmedAt,
      })
      .from(signatures)
      .where(confirmed)
      .orderBy(asc(signatures.confirmedAt), asc(signatures.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
  ]);
  return { totalRecords: total, signatures: rows.map((row) => ({ ...row, confirmedAt: row.confirmedAt! })) };
}
