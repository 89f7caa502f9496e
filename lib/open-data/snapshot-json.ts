import "server-only";
import { snapshotPageUrl } from "@/lib/delivery/pack-content";
import type { SnapshotSummary } from "@/lib/delivery/queries";
import { getEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import type { SnapshotJson } from "./schema";

// A finished delivery pack as /api/v1 gives it (issue #14): the counts it shows, the hash of its
// PDF and where both live. Only finished packs reach here; the rest are the organizers' business.

export function toSnapshotJson(slug: string, snapshot: SnapshotSummary): SnapshotJson {
  const counts = snapshot.counts!;
  const language = snapshot.languages[0];
  return {
    id: snapshot.id,
    slug,
    createdAt: snapshot.createdAt.toISOString(),
    finishedAt: (snapshot.finishedAt ?? snapshot.createdAt).toISOString(),
    languages: snapshot.languages.filter(isLocale),
    counts: {
      total: counts.total,
      online: counts.online,
      offline: counts.offline,
      listed: counts.listed,
      verifiedOfficials: counts.verifiedOfficials,
      byCountry: counts.byCountry,
      byDepartement: counts.byDepartement,
      byRegion: counts.byRegion,
    },
    sha256: snapshot.sha256!,
    pdfBytes: snapshot.pdfBytes ?? 0,
    pageCount: snapshot.pageCount ?? 0,
    pdfUrl: new URL(`/api/v1/campaigns/${slug}/snapshots/${snapshot.id}.pdf`, getEnv().APP_URL).toString(),
    url: snapshotPageUrl(slug, snapshot.id, isLocale(language) ? language : "en"),
  };
}
