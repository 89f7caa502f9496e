import "server-only";
import { redirect } from "next/navigation";
import { signInPath } from "./sign-in-path";

/**
 * Sends an anonymous visitor to sign in, and back to `path` afterwards. Pass the page's locale
 * (its `[locale]` param, or `await getLocale()`), or a `path` with its language prefix
 * (`/fr/organizer`), so that a French or Persian reader signs in, and comes back, in their
 * language; with neither, English. (Synchronous, like Next.js's redirect, so it cannot ask
 * next-intl for the locale itself.)
 */
export function redirectToSignIn(path: string, locale?: string): never {
  redirect(signInPath(path, locale));
}
