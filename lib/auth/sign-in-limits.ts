import "server-only";
import { getEnv } from "@/lib/env";
import { admitLinkRequest, type LinkRequestLimit } from "@/lib/rate-limit/link-requests";

// How many sign-in links may be asked for (issue #13, finding 5): each request mails someone, and
// 30 reached one organizer in seconds. Per address asked for and per client
// (lib/rate-limit/link-requests.ts). RATE_LIMIT_SIGN_IN_LINKS_PER_HOUR sets the per-address hourly
// limit; the others follow from it.

/** Counts one request for a link to `email` from `client` (lib/rate-limit/client-address.ts). */
export async function admitSignInLinkRequest(email: string, client: string): Promise<LinkRequestLimit> {
  return admitLinkRequest("sign-in-link", email, client, getEnv().RATE_LIMIT_SIGN_IN_LINKS_PER_HOUR);
}
