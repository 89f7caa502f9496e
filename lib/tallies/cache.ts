import "server-only";
import { getCampaignCount, type CampaignCount } from "./queries";

// Counts are read far more often than they change, and a surge sends thousands of reads a second.
// Each process keeps a count for at most MAX_AGE_MS and lets one query refresh it however many
// requests are waiting, so the database sees about one count query per campaign per second per
// instance, and a reader is never more than about a second behind.
const MAX_AGE_MS = 1_000;
const MAX_ENTRIES = 10_000;

type Entry = { value: CampaignCount | null; fetchedAt: number; pending?: Promise<CampaignCount | null> };

const entries = new Map<string, Entry>();

export async function getCachedCampaignCount(slug: string): Promise<CampaignCount | null> {
  const now = Date.now();
  const entry = entries.get(slug);
  if (entry && now - entry.fetchedAt < MAX_AGE_MS) return entry.value;
  if (entry?.pending) return entry.pending;

  const pending = getCampaignCount(slug);
  entries.set(slug, { value: entry?.value ?? null, fetchedAt: entry?.fetchedAt ?? 0, pending });
  try {
    const value = await pending;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(slug, { value, fetchedAt: Date.now() });
    return value;
  } catch (error) {
    entries.delete(slug);
    throw error;
  }
}

export const COUNT_MAX_AGE_SECONDS = MAX_AGE_MS / 1000;
