import "server-only";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { getCampaignCount, type CampaignCount } from "./queries";

// Counts are read far more often than they change, and a surge sends thousands of reads a second.
// Each process keeps a count for at most a second and lets one query refresh it however many
// requests are waiting, so the database sees about one count query per campaign per second per
// instance, and a reader is never more than about a second behind.
const MAX_AGE_MS = 1_000;

const counts = createTtlCache<string, CampaignCount | null>({ maxAgeMs: MAX_AGE_MS, load: getCampaignCount });

export function getCachedCampaignCount(slug: string): Promise<CampaignCount | null> {
  return counts.get(slug);
}

export const COUNT_MAX_AGE_SECONDS = MAX_AGE_MS / 1000;
