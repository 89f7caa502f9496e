import "server-only";
import { consumeUserLimits, type RateWindow } from "./per-user";

// How often someone may ask for an emailed link (a sign-in link, a "Manage my signatures" link;
// issue #13): each request mails someone, so the count is kept per address asked for (whoever
// asks) and per client (whatever address it types), in PostgreSQL for all instances together.

export type LinkRequestLimit = { allowed: true } | { allowed: false; retryAfterMinutes: number };

function windows(perHour: number): { address: RateWindow[]; client: RateWindow[] } {
  return {
    // A few in a row (a lost email, a typo in a spam folder), then a pause.
    address: [
      { limit: Math.max(1, Math.ceil(perHour / 2)), seconds: 600 },
      { limit: perHour, seconds: 3_600 },
    ],
    // One office or household behind one address may hold several people.
    client: [
      { limit: perHour * 2, seconds: 600 },
      { limit: perHour * 4, seconds: 3_600 },
    ],
  };
}

/**
 * Counts one request of `kind` for a link to `email` from `client` (client-address.ts), with
 * `perHour` links an hour to one address; 0 turns the limit off.
 */
export async function admitLinkRequest(kind: string, email: string, client: string, perHour: number): Promise<LinkRequestLimit> {
  if (perHour <= 0) return { allowed: true };
  const { address, client: byClient } = windows(perHour);
  // The client first: a client refused does not spend the address's allowance for its owner.
  for (const [action, subject, limits] of [
    [`${kind}/client`, client, byClient],
    [`${kind}/address`, email, address],
  ] as const) {
    const result = await consumeUserLimits(action, subject, limits);
    if (!result.allowed) return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) };
  }
  return { allowed: true };
}
