import "server-only";
import { consumeRateLimit } from "./limiter";

// Limits on what one signed-in organizer may do in a burst (issue #3 hardening: test sends fill
// the outbox's first lane and spend the email quota; paper imports write up to 50,000 rows each).
// Counted in PostgreSQL like the signing limit, keyed on the user's id.

export type RateWindow = { limit: number; seconds: number };

export type UserLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number; windowSeconds: number };

/**
 * Counts one `action` by `userId` in each window, shortest first; the first full one refuses and
 * the longer ones are not counted. Each window has its own key: a minute's window and an hour's
 * start at the same instant on the hour, and must not share a counter.
 */
export async function consumeUserLimits(action: string, userId: string, windows: RateWindow[]): Promise<UserLimitResult> {
  for (const { limit, seconds } of windows) {
    const result = await consumeRateLimit(`${action}/${seconds}s`, userId, limit, seconds);
    if (!result.allowed) return { allowed: false, retryAfterSeconds: result.retryAfterSeconds, windowSeconds: seconds };
  }
  return { allowed: true };
}
