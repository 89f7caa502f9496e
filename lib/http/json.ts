import "server-only";
import { apiError, toWebResponse, type ApiRequest } from "./api-exchange";

/** apiError as a Response, for route handlers. */
export function jsonError(status: number, error: string, message: string, extra?: Record<string, unknown>) {
  return toWebResponse(apiError(status, error, message, extra));
}

/**
 * Reads a JSON body of at most `maxBytes` whose content type is one of `types`: 400 for a body
 * that is not JSON, 413 for one too large, 415 for another content type.
 */
export async function readJsonBody(
  request: ApiRequest,
  { maxBytes = 16_384, types = ["application/json"] }: { maxBytes?: number; types?: string[] } = {},
): Promise<{ ok: true; body: unknown } | { ok: false; status: 400 | 413 | 415 }> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!types.includes(type)) return { ok: false, status: 415 };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, status: 413 };
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, status: 413 };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400 };
  }
}
