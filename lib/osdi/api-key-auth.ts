import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { apiKeys } from "@/lib/db/schema";
import { hashApiKey, isWellFormedApiKey } from "@/lib/organizers/api-key-tokens";

// OSDI's authentication header (an API key per user). A missing, malformed, unknown or revoked
// key is one answer (null): the caller learns nothing about which keys exist.
export const OSDI_TOKEN_HEADER = "OSDI-API-Token";

/** The id of the user whose active key the request carries, or null. */
export async function authenticateOsdiRequest(request: Request): Promise<string | null> {
  const key = request.headers.get(OSDI_TOKEN_HEADER)?.trim() ?? "";
  if (!isWellFormedApiKey(key)) return null;
  const [row] = await getDb()
    .select({ id: apiKeys.id, userId: apiKeys.userId })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  // At most one write a minute per key: a tool paging through thousands of signatures does not
  // rewrite the row on every page, and "last used" is still right to the minute.
  await getDb()
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  return row.userId;
}
