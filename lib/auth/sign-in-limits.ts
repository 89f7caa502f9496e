import "server-only";
import { getEnv } from "@/lib/env";
import { consumeUserLimits, type RateWindow } from "@/lib/rate-limit/per-user";

// How many sign-in links may be asked for (issue #13, finding 5): each request mails someone, and
// 30 reached one organizer in seconds. Counted in PostgreSQL like the signing limit, per address
// asked for (whoever asks) and per client (whatever address it types), for all instances together.
// RATE_LIMIT_SIGN_IN_LINKS_PER_HOUR sets the per-address hourly limit; the others follow from it.

export type SignInLinkLimit = { allowed: true } | { allowed: false; retryAfterMinutes: number };

function windows(perHour: number): { address: RateWindow[]; client: RateWindow[] } {
  return {
    // A few in a row (a lost email, a typo in a spam folder), then a pause.
    address: [
      { limit: Math.max(1, Math.ceil(perHour / 2)), seconds: 600 },
      { limit: perHour, seconds: 3_600 },
    ],
    // One office behind one address may hold several organizers.
    client: [
      { limit: perHour * 2, seconds: 600 },
      { limit: perHour * 4, seconds: 3_600 },
    ],
  };
}

/** Counts one request for a link to `email` from `client` (lib/rate-limit/client-address.ts). */
export async function admitSignInLinkRequest(email: string, client: string): Promise<SignInLinkLimit> {
  const perHour = getEnv().RATE_LIMIT_SIGN_IN_LINKS_PER_HOUR;
  if (perHour <= 0) return { allowed: true };
  const { address, client: byClient } = windows(perHour);
  // The client first: a client refused does not spend the address's allowance for its owner.
  for (const [action, subject, limits] of [
    ["sign-in-link/client", client, byClient],
    ["sign-in-link/address", email, address],
  ] as const) {
    const result = await consumeUserLimits(action, subject, limits);
    if (!result.allowed) return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) };
  }
  return { allowed: true };
}
