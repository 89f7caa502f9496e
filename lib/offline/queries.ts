import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaigns, offlineTallies, users, type OfflineTally } from "@/lib/db/schema";
import { isSlug } from "@/lib/validation/slug";

// Server-only reads for the offline-signatures page. They do not authorize: page-data.ts and
// commands.ts decide who may call them.

/** The campaign fields an import needs: its kind and signer fields decide the required columns. */
export async function findOfflineCampaign(slug: string) {
  if (!isSlug(slug)) return null;
  const [campaign] = await getDb()
    .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title, kind: campaigns.kind, signerFields: campaigns.signerFields })
    .from(campaigns)
    .where(eq(campaigns.slug, slug))
    .limit(1);
  return campaign ?? null;
}

export type OfflineTallyListItem = OfflineTally & { recordedBy: string | null };

/** A campaign's offline tallies, newest first, with the address of the organizer who recorded each. */
export async function listOfflineTallies(campaignId: string): Promise<OfflineTallyListItem[]> {
  const rows = await getDb()
    .select({ tally: offlineTallies, recordedBy: users.email })
    .from(offlineTallies)
    .leftJoin(users, eq(users.id, offlineTallies.createdBy))
    .where(eq(offlineTallies.campaignId, campaignId))
    .orderBy(desc(offlineTallies.recordedAt), asc(offlineTallies.id));
  return rows.map(({ tally, recordedBy }) => ({ ...tally, recordedBy }));
}
