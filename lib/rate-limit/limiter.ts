import "server-only";
import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { getSecret } from "@/lib/env";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request by `subject` (a client address) for `action` in the current window, in
 * PostgreSQL so that every app instance shares the count. A limit of 0 turns the limit off.
 * Only an HMAC of the address is stored: it can be matched, not read back.
 */
export async function consumeRateLimit(action: string, subject: string, limit: number, windowSeconds = 60): Promise<RateLimitResult> {
  if (limit <= 0) return { allowed: true };
  const key = `${action}:${createHmac("sha256", getSecret()).update(subject).digest("base64url").slice(0, 22)}`;
  const [row] = (await getDb().execute(sql`
    insert into rate_limit_counters as r (key, window_start, count)
    values (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    on conflict (key, window_start) do update set count = r.count + 1
    returning r.count, ceil(extract(epoch from r.window_start + make_interval(secs => ${windowSeconds}) - now()))::int as retry_after
  `)) as unknown as { count: number; retry_after: number }[];
  if (row.count <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, row.retry_after) };
}

/** Drops counters of windows that ended more than a day ago. */
export async function pruneRateLimitCounters(): Promise<void> {
  await getDb().execute(sql`delete from rate_limit_counters where window_start < now() - interval '1 day'`);
}
