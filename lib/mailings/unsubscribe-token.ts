import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv, getSecret } from "@/lib/env";
import { DEFAULT_LOCALE, type Locale, localePath } from "@/lib/i18n/routing";

// The unsubscribe link of an update (issue #3). Stateless: the signature's id and an HMAC of it
// keyed with AUTH_SECRET, so no token is stored and every email of a signer carries the same link.
// A link only ever turns updates off, so it need not expire.

const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

/** Shown in previews and test emails: it unsubscribes nobody. */
export const SAMPLE_UNSUBSCRIBE_TOKEN = "sample";

function mac(signatureId: string): Buffer {
  return createHmac("sha256", getSecret()).update(`unsubscribe:${signatureId}`).digest();
}

export function unsubscribeToken(signatureId: string): string {
  return `${signatureId}.${mac(signatureId).toString("base64url")}`;
}

export type UnsubscribeTokenCheck = { kind: "valid"; signatureId: string } | { kind: "malformed" } | { kind: "forged" };

export function checkUnsubscribeToken(token: string): UnsubscribeTokenCheck {
  const match = TOKEN.exec(token);
  if (!match) return { kind: "malformed" };
  const [, signatureId, given] = match;
  const expected = mac(signatureId);
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { kind: "forged" };
  return { kind: "valid", signatureId };
}

/**
 * The page a person opens (GET shows a button), in their language, and the RFC 8058 one-click
 * address (POST), which has none.
 */
export function unsubscribeUrls(token: string, locale: Locale = DEFAULT_LOCALE): { page: string; oneClick: string } {
  const origin = new URL(getEnv().APP_URL).origin;
  const encoded = encodeURIComponent(token);
  return { page: `${origin}${localePath(locale, `/unsubscribe/${encoded}`)}`, oneClick: `${origin}/api/unsubscribe/${encoded}` };
}
