import type { IntegrityReport } from "@/lib/integrity/report";
import type { IntegrityReportJson } from "./schema";

/** GET /api/v1/campaigns/{slug}/integrity's body (lib/open-data/schema.ts documents it). */
export function toIntegrityReportJson(slug: string, report: IntegrityReport): IntegrityReportJson {
  return {
    slug,
    computedAt: report.computedAt.toISOString(),
    online: report.online,
    offlineSignatureCount: report.offline,
    held: report.held,
    released: report.released,
    invalidated: report.invalidated,
    refused: report.refused,
  };
}
