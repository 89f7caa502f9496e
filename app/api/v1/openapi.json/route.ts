import { CACHE_POLICIES, preflightResponse, staticOpenDataJson } from "@/lib/open-data/http";
import { buildOpenApiDocument } from "@/lib/open-data/openapi";

// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas as the answers.
export const GET = staticOpenDataJson(buildOpenApiDocument, CACHE_POLICIES.document);

export function OPTIONS() {
  return preflightResponse();
}
