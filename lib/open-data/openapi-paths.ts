import type { ComponentName } from "./openapi";

// The paths of the OpenAPI document, by hand: what each route answers, and when. The bodies they
// answer with are the components generated from ./schema.ts; keep this in step with app/api/v1.

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: ComponentName, headers?: Record<string, unknown>) => ({
  description,
  ...(headers && { headers }),
  content: { "application/json": { schema: ref(schema) } },
});
const error = (description: string) => json(description, "Error");

const cacheHeaders = {
  ETag: { $ref: "#/components/headers/ETag" },
  "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};
const notModified = { description: "Not modified: the If-None-Match tag is current.", headers: cacheHeaders };
const slugParameter = { $ref: "#/components/parameters/slug" };
const ifNoneMatch = { $ref: "#/components/parameters/If-None-Match" };
const langParameter = { $ref: "#/components/parameters/lang" };
const snapshotIdParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

function read(options: {
  operationId: string;
  summary: string;
  description: string;
  schema: ComponentName;
  bySlug?: "campaign" | "event";
  /** Its texts exist in several languages: `?lang=` (issue #12). */
  translated?: boolean;
}) {
  return {
    get: {
      operationId: options.operationId,
      summary: options.summary,
      description: options.description,
      parameters: [...(options.bySlug ? [slugParameter] : []), ...(options.translated ? [langParameter] : []), ifNoneMatch],
      responses: {
        "200": json("OK.", options.schema, cacheHeaders),
        "304": notModified,
        ...(options.translated && { "400": error("`lang` is not one of en, fr, fa.") }),
        ...(options.bySlug && { "404": error(`No public ${options.bySlug} has this slug.`) }),
      },
    },
  };
}

const writeErrors = {
  "413": error("The body is over the size limit."),
  "415": error("The body is not `application/json`."),
};

export const openApiPaths = {
  "/api/v1": read({
    operationId: "getApiIndex",
    summary: "The endpoints of this API",
    description: "A short list of the endpoints, and where this document is.",
    schema: "ApiIndex",
  }),
  "/api/v1/openapi.json": {
    get: {
      operationId: "getOpenApiDocument",
      summary: "This document",
      responses: {
        "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } },
        "304": notModified,
      },
    },
  },
  "/api/v1/campaigns": read({
    operationId: "listCampaigns",
    summary: "Public campaigns",
    description:
      "Every open or closed campaign with its counts. Drafts and archived campaigns never appear. Not paginated. " +
      "Cached by browsers and CDNs for about 5 seconds; read a campaign or its count for the live figure.",
    schema: "CampaignList",
    translated: true,
  }),
  "/api/v1/campaigns/{slug}": read({
    operationId: "getCampaign",
    summary: "A public campaign",
    description:
      "The campaign, its counts (read live), its documented offline tallies and breakdowns of the confirmed " +
      "online signatures by country, office, language, day, and for French officials by département and region. Breakdowns count online signatures confirmed by email " +
      "only, never offline tallies, and may be a few seconds behind the counts. Browsers revalidate on " +
      "every read; CDNs may keep it 5 seconds.",
    schema: "CampaignDetail",
    bySlug: "campaign",
    translated: true,
  }),
  "/api/v1/campaigns/{slug}/count": read({
    operationId: "getCampaignCount",
    summary: "A campaign's count, for polling",
    description: "The counts alone, at most about a second old. Send If-None-Match for a 304.",
    schema: "CampaignCount",
    bySlug: "campaign",
  }),
  "/api/v1/campaigns/{slug}/integrity": read({
    operationId: "getCampaignIntegrity",
    summary: "A campaign's integrity report",
    description:
      "Aggregate figures on the campaign's signatures: the confirmation rate, signatures held, released and " +
      "invalidated (by reason and window), and signatures refused for a disposable address. No personal data. " +
      "Recomputed at most every 5 minutes (computedAt says when); browsers and CDNs may keep it a minute.",
    schema: "IntegrityReport",
    bySlug: "campaign",
  }),
  "/api/v1/campaigns/{slug}/snapshots": read({
    operationId: "listCampaignSnapshots",
    summary: "A campaign's delivery packs",
    description:
      "Every finished delivery pack of the campaign, newest first: the counts it shows as they stood when it was made, " +
      "the SHA-256 of its PDF and where to download it. A pack never changes once made: check a copy with `sha256sum`.",
    schema: "SnapshotList",
    bySlug: "campaign",
  }),
  "/api/v1/campaigns/{slug}/snapshots/{id}": {
    get: {
      operationId: "getCampaignSnapshot",
      summary: "One delivery pack",
      description: "The pack's counts, the SHA-256 of its PDF and the PDF's address.",
      parameters: [slugParameter, snapshotIdParameter, ifNoneMatch],
      responses: {
        "200": json("OK.", "Snapshot", cacheHeaders),
        "304": notModified,
        "404": error("No public campaign has this slug, or it has no finished pack with this id."),
      },
    },
  },
  "/api/v1/campaigns/{slug}/snapshots/{id}.pdf": {
    get: {
      operationId: "downloadCampaignSnapshot",
      summary: "The PDF of a delivery pack",
      description: "The file whose SHA-256 the pack lists (also sent as the `Digest`-style header `X-Content-SHA256`). Never changes.",
      parameters: [slugParameter, snapshotIdParameter],
      responses: {
        "200": { description: "The PDF.", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } },
        "404": error("No public campaign has this slug, or it has no finished pack with this id."),
      },
    },
  },
  "/api/v1/campaigns/{slug}/signatories.csv": {
    get: {
      operationId: "downloadSignatories",
      summary: "The public list of signatories, as CSV",
      description:
        "Confirmed signers who chose to show their name, verified officials first, newest first: columns name, " +
        "place, office, comment, verified (checked by the organizers), signed_on, register_extract (the date of the extract of " +
        "the national register of elected officials the official was verified against, else empty). Never an email address. Streamed; cells a spreadsheet " +
        "would run as formulas start with an apostrophe.",
      parameters: [slugParameter],
      responses: {
        "200": { description: "UTF-8 CSV with a header row.", content: { "text/csv": { schema: { type: "string" } } } },
        "404": error("No public campaign has this slug, or the campaign does not list its signatories."),
      },
    },
  },
  "/api/v1/campaigns/{slug}/maps/{file}": {
    get: {
      operationId: "getCampaignMap",
      summary: "A campaign's map of confirmed signatures, as SVG",
      description:
        "world.svg: the world by country; france.svg: France by département, overseas départements as insets. " +
        "A stepped colour scale with its legend, title and attribution drawn in (framed=0 leaves them out), in the " +
        "language asked for (right to left in Persian). With v set to the version the campaign page gives, the " +
        "image may be kept for good; otherwise for 5 seconds.",
      parameters: [
        slugParameter,
        { name: "file", in: "path", required: true, schema: { type: "string", enum: ["world.svg", "france.svg"] } },
        { name: "locale", in: "query", required: false, schema: { type: "string", enum: ["en", "fr", "fa"], default: "en" } },
        { name: "framed", in: "query", required: false, schema: { type: "string", enum: ["0", "1"], default: "1" } },
        { name: "v", in: "query", required: false, schema: { type: "string", pattern: "^[0-9a-z]{1,16}$" } },
      ],
      responses: {
        "200": { description: "An SVG image with role=img and a title.", content: { "image/svg+xml": { schema: { type: "string" } } } },
        "304": notModified,
        "400": error("A query parameter is invalid."),
        "404": error("No public campaign has this slug, or no such map."),
      },
    },
  },
  "/api/v1/campaigns/{slug}/signatures": {
    post: {
      operationId: "signCampaign",
      summary: "Sign a campaign",
      description:
        "Records a pending signature and emails a confirmation link to the address; it counts once confirmed. " +
        "The answer is the same whether or not the address has signed before (the owner is emailed instead). " +
        "Body of at most 16 KiB.",
      parameters: [slugParameter],
      requestBody: { required: true, content: { "application/json": { schema: ref("SignatureRequest") } } },
      responses: {
        "202": json("Accepted: a confirmation email is on its way.", "SignatureAccepted"),
        "400": json(
          "Invalid JSON (`invalid_json`), invalid fields (`invalid_signature`, with fieldErrors), or an address from a " +
            "disposable email service (`disposable_email`, with a fieldErrors entry for email; nothing is recorded).",
          "SignatureError",
        ),
        "404": error("No public campaign has this slug."),
        "409": error("The campaign is closed."),
        ...writeErrors,
        "429": {
          ...error("Too many signatures from this client address."),
          headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
        },
      },
    },
  },
  "/api/v1/proof-of-work/challenge": {
    get: {
      operationId: "getProofOfWorkChallenge",
      summary: "A proof-of-work challenge",
      description:
        "A fresh challenge, for signing a campaign that asks for a proof of work (its owners' choice, or automatically " +
        "during a surge of signatures). Solve it and send the answer as `altcha` with the signature. Never cached.",
      responses: { "200": json("A challenge, good for a limited time (parameters.expiresAt).", "ProofOfWorkChallenge") },
    },
  },
  "/api/v1/confirmations": {
    post: {
      operationId: "confirmSignature",
      summary: "Confirm a signature",
      description: "Confirms the signature of a confirmation link's token, for tools that handle the link themselves.",
      requestBody: { required: true, content: { "application/json": { schema: ref("ConfirmationRequest") } } },
      responses: {
        "200": json("Confirmed now, or already confirmed before.", "ConfirmationResult"),
        "400": error("Not JSON (`invalid_request`) or a malformed token (`invalid_token`)."),
        "404": error("No signature has this token."),
        "409": error(
          "The campaign closed before the signature was confirmed (`campaign_closed`), or the signature was recorded without consent and the request did not give it (`consent_required`).",
        ),
        "410": error("The token has expired; signing again sends a new one."),
        ...writeErrors,
      },
    },
  },
  "/api/v1/events": read({
    operationId: "listEvents",
    summary: "Documented events",
    description:
      "Every documented event: speakers, sources (without their text), calls to action and the public campaigns built on it. Not paginated.",
    schema: "EventList",
    translated: true,
  }),
  "/api/v1/events/{slug}": read({
    operationId: "getEvent",
    summary: "A documented event",
    description: "The event, with the verbatim text of each source.",
    schema: "EventDetail",
    bySlug: "event",
    translated: true,
  }),
  "/api/v1/communes": {
    get: {
      operationId: "searchCommunes",
      summary: "French communes by name",
      description:
        "The official list of French communes (INSEE codes, from @etalab/decoupage-administratif), for a client that " +
        "signs a declaration for a French official: send the chosen code as `communeCode`. Matches the start of the " +
        "name, accents, case and punctuation aside (`st denis` finds every Saint-Denis); fewer than two letters find " +
        "nothing. Cached by browsers and CDNs for a day.",
      parameters: [
        {
          name: "q",
          in: "query",
          required: true,
          description: "The beginning of the name, at most 60 characters.",
          schema: { type: "string", maxLength: 60 },
        },
        ifNoneMatch,
      ],
      responses: {
        "200": json("OK.", "CommuneSearchResult", cacheHeaders),
        "304": notModified,
        "400": error("`q` is missing or longer than 60 characters."),
      },
    },
  },
};
