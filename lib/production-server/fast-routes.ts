import type { ApiRequest, ApiResponse } from "@/lib/http/api-exchange";
import { answerForError } from "@/lib/http/unavailable";
import { countEndpoint } from "@/lib/open-data/count-endpoint";
import { confirmEndpoint, signEndpoint } from "@/lib/signing/api-endpoints";
import { nonEmbedHeaders } from "@/lib/http/security-headers.mjs";

// The public API calls a viral campaign multiplies (issue #5): polling the count, signing and
// confirming through the JSON API. The production server (lib/production-server/main.ts) answers these
// without Next.js's request pipeline, by calling the very functions their route handlers call, so
// the behaviour is the same and only the per-request overhead goes. Everything else, and anything
// these patterns do not match exactly (a trailing slash, HEAD, OPTIONS), goes to Next.js.

type Handler = (request: ApiRequest, params: string[]) => Promise<ApiResponse>;

/** As the route handlers do (withDatabaseErrors): 503 with Retry-After when the database is busy or out of reach. */
const answeringUnavailable =
  (handle: Handler): Handler =>
  async (request, params) => {
    try {
      return await handle(request, params);
    } catch (error) {
      const answer = answerForError(error);
      if (!answer) throw error;
      return answer;
    }
  };

const ROUTES: { method: string; pattern: RegExp; handle: Handler }[] = (
  [
    { method: "GET", pattern: /^\/api\/v1\/campaigns\/([^/]+)\/count$/, handle: (request, [slug]) => countEndpoint(request, slug) },
    { method: "POST", pattern: /^\/api\/v1\/campaigns\/([^/]+)\/signatures$/, handle: (request, [slug]) => signEndpoint(request, slug) },
    { method: "POST", pattern: /^\/api\/v1\/confirmations$/, handle: (request) => confirmEndpoint(request) },
  ] satisfies { method: string; pattern: RegExp; handle: Handler }[]
).map((route) => ({ ...route, handle: answeringUnavailable(route.handle) }));

/** The fast route for this request line, with its decoded path parameters; null: let Next.js answer. */
export function findFastRoute(method: string, url: string): { handle: Handler; params: string[] } | null {
  const pathname = url.split("?", 1)[0];
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    try {
      return { handle: route.handle, params: match.slice(1).map((part) => decodeURIComponent(part)) };
    } catch {
      return null; // a malformed escape: Next.js answers it as it would
    }
  }
  return null;
}

/**
 * Headers next.config.mjs adds to every non-embed response; the fast path adds them too, taken from
 * the config itself (tests/e2e/production-server-fence.spec.ts checks both against Next.js's answer).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(nonEmbedHeaders.map(({ key, value }) => [key, value]));
