import "server-only";
import { getEnv } from "@/lib/env";
import type { OsdiErrorDescription } from "./record-signature";

// HAL+JSON responses and links of the OSDI API. Every answer, errors included, is application/hal+json.

const HAL_JSON = "application/hal+json";
const OSDI_BASE_PATH = "/api/osdi/v1";
/** Our `origin_system`: the human-readable name of the system the petitions come from. */
export const ORIGIN_SYSTEM = "Petitions";
const OSDI_DOCS_URL = "https://opensupporter.github.io/osdi-docs/";

/** Resolves the `osdi:` prefix of link relations to the OSDI documentation, as HAL curies do. */
export const OSDI_CURIES = [{ name: "osdi", href: `${OSDI_DOCS_URL}{rel}`, templated: true }];

/** Public reads: any origin may read them, as with the JSON API. */
export const PUBLIC_READ_HEADERS = { "Access-Control-Allow-Origin": "*" };

/** An absolute link into the OSDI API, on the public base URL (APP_URL). */
export function osdiHref(path = ""): string {
  return `${appUrl()}${OSDI_BASE_PATH}${path}`;
}

export function appUrl(): string {
  return getEnv().APP_URL.replace(/\/+$/, "");
}

export function halResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": HAL_JSON, ...init.headers },
  });
}

type ErrorOptions = {
  /** The OSDI resource the request was about, e.g. "osdi:signature". */
  resource: string;
  headers?: Record<string, string>;
};

/** OSDI's error object (errors.md): one atomic request, one resource, its error descriptions. */
export function osdiErrorResponse(status: number, descriptions: OsdiErrorDescription[], { resource, headers }: ErrorOptions): Response {
  return halResponse(
    {
      "osdi:error": {
        request_type: "atomic",
        response_code: status,
        resource_status: [{ resource, response_code: status, error_descriptions: descriptions }],
      },
    },
    { status, headers: { "Cache-Control": "no-store", ...headers } },
  );
}

/** An error about the request as a whole rather than about named properties. */
export function osdiSimpleError(status: number, errorCode: string, description: string, options: ErrorOptions): Response {
  return osdiErrorResponse(status, [{ error_code: errorCode, description, properties: [] }], options);
}
