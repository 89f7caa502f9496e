import "server-only";
import { getEnv } from "@/lib/env";
import { admitLinkRequest, type LinkRequestLimit } from "@/lib/rate-limit/link-requests";

// How often a "Manage my signatures" link may be asked for (issue #13): per address (whoever asks,
// and whether or not it signed anything, so the limit tells nothing) and per client, like sign-in
// links. Without it the form could mail a signer again and again.

/** Counts one request for a link to the address `emailCanonical` from `client` (lib/rate-limit/client-address.ts). */
export async function admitManageLinkRequest(emailCanonical: string, client: string): Promise<LinkRequestLimit> {
  return admitLinkRequest("manage-link", emailCanonical, client, getEnv().RATE_LIMIT_MANAGE_LINKS_PER_HOUR);
}
