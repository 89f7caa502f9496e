import "server-only";
import { createHmac } from "node:crypto";
import { getSecret } from "@/lib/env";

// Moderation filters need to tell "many signatures from one network" apart without keeping any
// address: each signature stores an HMAC of its client address, keyed with the app's secret, so
// the hash can be matched against other signatures but not reversed or guessed by brute force
// without the key (issue #3). The "ip:" prefix keeps it apart from the rate limiter's HMACs.

/** The HMAC-SHA256 of the client address, or null when the request gave none. */
export function hashClientAddress(address: string | null): Buffer | null {
  if (!address) return null;
  return createHmac("sha256", getSecret()).update(`ip:${address}`).digest();
}
