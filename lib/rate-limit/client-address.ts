import "server-only";
import { BlockList } from "node:net";
import { getEnv } from "@/lib/env";
import { clientKeyOf, parseIpAddress } from "./ip-address";

/**
 * The key every request without a readable client address is counted under. A missing address
 * was once no limit at all (issue #13, finding 4: an empty or trailing-comma X-Forwarded-For), and
 * each accepted signature mails someone: such requests share one bucket instead, and their
 * signatures carry that bucket's client hash, so moderation sees them together too.
 */
export const UNKNOWN_CLIENT = "unknown";

/**
 * Who the caller is, for the rate limits and the stored client hash: the X-Forwarded-For entry the
 * nearest untrusted hop wrote, as a key (IPv4 address, IPv6 /64, or UNKNOWN_CLIENT; ip-address.ts).
 * Read from the right: each proxy appends the address it saw, so the last entry is the one a client
 * cannot forge. Entries from TRUSTED_PROXIES are skipped; without any, that last entry decides. The
 * first entry not skipped decides even when it is empty or garbage: skipping it would let a client
 * that reaches the app directly pick its own key from the entries it sent. Without a proxy, Next.js
 * fills the header from the socket only when the client sent none (README).
 */
export function clientAddressFrom(headers: { get(name: string): string | null }, trustedProxies = configuredTrustedProxies()): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",");
  for (let i = entries.length - 1; i >= 0; i--) {
    const address = parseIpAddress(entries[i]);
    if (!address) return UNKNOWN_CLIENT;
    // Every hop trusted: the furthest one known is the client.
    if (i === 0 || !trustedProxies.check(address.text, address.family)) return clientKeyOf(address);
  }
  return UNKNOWN_CLIENT;
}

let trusted: BlockList | undefined;

function configuredTrustedProxies(): BlockList {
  if (trusted) return trusted;
  trusted = new BlockList();
  for (const { address, prefix, family } of getEnv().TRUSTED_PROXIES) trusted.addSubnet(address, prefix, family);
  return trusted;
}
