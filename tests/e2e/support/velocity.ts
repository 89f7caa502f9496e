import { createHmac, randomInt } from "node:crypto";
import { APP_ENV } from "../playwright.config";
import { uniqueId } from "./ids";

// Sources of signatures for the velocity tests (issue #13): a client nobody else signs from, and an
// email domain nobody else uses, with what the moderation page and the alert emails show of them.

/** A 16-bit group with no leading zero, so the /64 reads back exactly as written. */
const group = () => (0x1000 + randomInt(0xefff)).toString(16);

export type TestClient = {
  /** The n-th address of the client's /64: a different address each time, one client for the app. */
  address(n: number): string;
  /** What the app stores for it: the HMAC of its /64 (lib/moderation/client-address-hash.ts), in hex. */
  hash: string;
};

/** A fresh IPv6 /64 under the documentation prefix. */
export function uniqueClient(): TestClient {
  const prefix = `2001:db8:${group()}:${group()}`;
  return {
    address: (n) => `${prefix}::${(n + 1).toString(16)}`,
    hash: createHmac("sha256", APP_ENV.AUTH_SECRET).update(`ip:${prefix}::/64`).digest("hex"),
  };
}

/** A fresh email domain: not a free-mail provider, so it is counted (lib/velocity/free-mail-domains.ts). */
export function uniqueDomain(label: string): string {
  return `${label}-${uniqueId()}.example.org`;
}

/** The start of the current clock hour (UTC), as the trending table and the alerts group by. */
export function currentHour(): Date {
  return new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
}

/**
 * Waits until at least `marginMs` remain in the current clock hour, so that signatures made next
 * fall in one hour, as the trending table and the alerts count them.
 */
export async function awayFromHourBoundary(marginMs = 90_000): Promise<void> {
  const left = currentHour().getTime() + 3_600_000 - Date.now();
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 1_000));
}
