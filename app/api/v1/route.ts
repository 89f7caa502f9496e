import { CACHE_POLICIES, preflightResponse, staticOpenDataJson } from "@/lib/open-data/http";
import type { ApiIndexJson } from "@/lib/open-data/schema";

// The API's entry point: what it offers. Static, so it is also the benchmark's baseline handler.
const index: ApiIndexJson = {
  name: "Petitions API",
  version: "v1",
  documentation: "/api/v1/openapi.json",
  endpoints: {
    campaigns: "GET /api/v1/campaigns",
    campaign: "GET /api/v1/campaigns/{slug}",
    count: "GET /api/v1/campaigns/{slug}/count",
    integrity: "GET /api/v1/campaigns/{slug}/integrity",
    signatories: "GET /api/v1/campaigns/{slug}/signatories.csv",
    maps: "GET /api/v1/campaigns/{slug}/maps/{file}",
    snapshots: "GET /api/v1/campaigns/{slug}/snapshots",
    snapshot: "GET /api/v1/campaigns/{slug}/snapshots/{id}",
    snapshotPdf: "GET /api/v1/campaigns/{slug}/snapshots/{id}.pdf",
    sign: "POST /api/v1/campaigns/{slug}/signatures",
    proofOfWorkChallenge: "GET /api/v1/proof-of-work/challenge",
    confirm: "POST /api/v1/confirmations",
    events: "GET /api/v1/events",
    event: "GET /api/v1/events/{slug}",
    communes: "GET /api/v1/communes",
    openapi: "GET /api/v1/openapi.json",
  },
};

export const GET = staticOpenDataJson(() => index, CACHE_POLICIES.document);

export function OPTIONS() {
  return preflightResponse();
}
