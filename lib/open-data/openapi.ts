import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/validation/slug";
import { openApiPaths } from "./openapi-paths";
import {
  apiIndexSchema,
  breakdownsSchema,
  campaignCountSchema,
  campaignDetailSchema,
  campaignListSchema,
  campaignSummarySchema,
  communeSearchResultSchema,
  confirmationRequestSchema,
  confirmationResultSchema,
  errorSchema,
  eventDetailSchema,
  eventListSchema,
  eventRefSchema,
  eventSummarySchema,
  integrityReportSchema,
  offlineTallySchema,
  proofOfWorkChallengeSchema,
  signatureAcceptedSchema,
  signatureErrorSchema,
  signatureRequestSchema,
  snapshotListSchema,
  snapshotSchema,
} from "./schema";

// The OpenAPI 3.1 document of /api/v1. Its component schemas are generated from the same zod
// schemas the handlers are typed by, so the document cannot describe a body the code does not build.

/** Each component of the document and the zod schema it is generated from. */
export const componentSchemas = {
  Error: errorSchema,
  EventRef: eventRefSchema,
  CampaignSummary: campaignSummarySchema,
  CampaignList: campaignListSchema,
  OfflineTally: offlineTallySchema,
  Breakdowns: breakdownsSchema,
  CampaignDetail: campaignDetailSchema,
  CampaignCount: campaignCountSchema,
  IntegrityReport: integrityReportSchema,
  Snapshot: snapshotSchema,
  SnapshotList: snapshotListSchema,
  EventSummary: eventSummarySchema,
  EventList: eventListSchema,
  EventDetail: eventDetailSchema,
  ApiIndex: apiIndexSchema,
  ProofOfWorkChallenge: proofOfWorkChallengeSchema,
  CommuneSearchResult: communeSearchResultSchema,
  SignatureRequest: signatureRequestSchema,
  SignatureAccepted: signatureAcceptedSchema,
  SignatureError: signatureErrorSchema,
  ConfirmationRequest: confirmationRequestSchema,
  ConfirmationResult: confirmationResultSchema,
} satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof componentSchemas;

function generateComponentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(componentSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  // Each would carry its own $schema and $id; in a document whose dialect is already JSON Schema
  // 2020-12, those only get in the way of tools resolving the $refs.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
}

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Petitions open data API",
      version: "v1",
      description:
        "Public campaigns, their exact counts and breakdowns, and the documented events they are built on. " +
        "Reads need no key, answer to any origin (CORS) and carry an ETag (send If-None-Match for a 304). " +
        "No answer ever contains a signer's email address or other personal data.",
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    // Relative to this document's own address, so it holds wherever the app is deployed.
    servers: [{ url: "/" }],
    paths: openApiPaths,
    components: {
      schemas: generateComponentSchemas(),
      parameters: {
        slug: { name: "slug", in: "path", required: true, schema: { type: "string", pattern: SLUG_PATTERN.source } },
        lang: {
          name: "lang",
          in: "query",
          required: false,
          description:
            "The language of the texts: each campaign or event in it where a version exists, else in its original language (the answer's `language` says which). Without it, each in its original language. A value other than en, fr or fa is refused with a 400.",
          schema: { type: "string", enum: ["en", "fr", "fa"] },
        },
        "If-None-Match": {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "An ETag from an earlier answer; a 304 with no body if it is still current.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: { description: "Weak tag of the content.", schema: { type: "string" } },
        "Cache-Control": { description: "How long browsers and CDNs may keep the answer.", schema: { type: "string" } },
        "Access-Control-Allow-Origin": { description: "Always `*`.", schema: { type: "string", const: "*" } },
      },
    },
  };
}
