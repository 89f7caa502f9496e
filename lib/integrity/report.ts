import "server-only";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { type ByReason, readIntegrityFigures, type Windowed } from "./queries";

// The public integrity report of a campaign (issue #13): how many online signatures were
// confirmed, held, set aside or refused, for anyone who asks whether the count is real.
//
// Anonymous and public, so its cost must not grow with its readers: each process computes a
// campaign's report at most once every REPORT_MAX_AGE_MS, however many requests arrive (a
// single-flight cache, lib/cache/ttl-cache.ts), and serves it with the time it was computed.
// Chosen over a summary table kept up to date by the signing path: that would add writes to every
// signature and confirmation at a surge, and a few minutes' delay is no loss for these figures.
// With several instances, each computes its own; a few statements per campaign every few minutes.
const REPORT_MAX_AGE_MS = 5 * 60_000;

export type IntegrityReport = {
  computedAt: Date;
  online: {
    recorded: number;
    confirmed: number;
    pending: number;
    /**
     * confirmed ÷ (confirmed + pending): of the online signatures neither withdrawn, held nor set
     * aside, the share their owner confirmed. Null before any signature.
     */
    confirmationRate: number | null;
  };
  offline: number;
  held: { now: number; total: Windowed; byReason: ByReason[] };
  released: Windowed;
  invalidated: { now: number; total: Windowed; byReason: ByReason[] };
  refused: { total: Windowed; byReason: ByReason[] };
};

const reports = createTtlCache<string, IntegrityReport>({ maxAgeMs: REPORT_MAX_AGE_MS, maxEntries: 1_000, load: computeReport });

/** The campaign's report, at most REPORT_MAX_AGE_MS old. The caller checks the campaign is public. */
export function getIntegrityReport(campaignId: string): Promise<IntegrityReport> {
  return reports.get(campaignId);
}

async function computeReport(campaignId: string): Promise<IntegrityReport> {
  const computedAt = new Date();
  const figures = await readIntegrityFigures(campaignId);
  const considered = figures.confirmed + figures.pending;
  return {
    computedAt,
    online: {
      recorded: figures.recorded,
      confirmed: figures.confirmed,
      pending: figures.pending,
      confirmationRate: considered > 0 ? figures.confirmed / considered : null,
    },
    offline: figures.offline,
    held: { now: figures.heldNow, total: sumOf(figures.held), byReason: figures.held },
    released: figures.released,
    invalidated: { now: figures.invalidatedNow, total: sumOf(figures.invalidated), byReason: figures.invalidated.map(withPublicReason) },
    refused: { total: sumOf(figures.refused), byReason: figures.refused },
  };
}

function sumOf(rows: Windowed[]): Windowed {
  return rows.reduce(
    (sum, row) => ({
      last24Hours: sum.last24Hours + row.last24Hours,
      last7Days: sum.last7Days + row.last7Days,
      sinceStart: sum.sinceStart + row.sinceStart,
    }),
    { last24Hours: 0, last7Days: 0, sinceStart: 0 },
  );
}

// An invalidation's reason is written by an organizer for the moderation log and published here
// as written, except anything shaped like an email address: a moderator may have named the
// addresses they set aside, and no signer's address is ever public.
const EMAIL_LIKE = /[^\s@<>()]+@[^\s@<>()]+/g;
const withPublicReason = (row: ByReason): ByReason => ({ ...row, reason: row.reason.replace(EMAIL_LIKE, "…") });
