import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";

// The messages are catalog keys (lib/i18n/message-key.ts), shown in the reader's language by the
// form that shows the error. lib/organizers/schema.ts uses this schema for invitations too.
const EMAIL_MAX_LENGTH = 254;

export const emailAddressSchema = z
  .string({ message: messageKey("auth.errors.emailRequired") })
  .trim()
  .toLowerCase()
  .min(1, messageKey("auth.errors.emailEmpty"))
  .max(EMAIL_MAX_LENGTH, messageKey("auth.errors.emailTooLong", { max: EMAIL_MAX_LENGTH }))
  .email(messageKey("auth.errors.emailFormat"));

const SOMEWHERE = "http://site.invalid";

/**
 * A path on this site, as a browser would resolve it, or null (issue #13): "/.//evil.example" and
 * "/%2e//evil.example" resolve to "//evil.example", which a redirect then reads as another host, so
 * the path is checked after resolution, not before. Leading slashes collapse to one.
 */
export function sameSitePath(value: string): string | null {
  if (!value.startsWith("/") || /[\s\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, SOMEWHERE);
  } catch {
    return null;
  }
  if (url.origin !== SOMEWHERE) return null;
  return `${url.pathname.replace(/^\/+/, "/")}${url.search}${url.hash}`;
}

// Only paths on this site: an open redirect through the sign-in page would lend it our name.
export const callbackPathSchema = z.string().transform(sameSitePath).pipe(z.string()).catch("/organizer");

export const signInSchema = z.object({ email: emailAddressSchema, callbackUrl: callbackPathSchema });

/**
 * The page a sign-in email links to (app/[locale]/signin/link): Auth.js's token and address, and
 * where to go after. Auth.js checks the token itself; this only keeps junk out of the page.
 */
export const signInLinkSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/),
  email: emailAddressSchema,
  callbackUrl: callbackPathSchema,
});
