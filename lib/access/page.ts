import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirectToSignIn } from "@/lib/auth/redirect";
import type { Guarded } from "./guard";

/**
 * What a page shows once its loader let the caller in, or the page's answer to a refusal: an
 * anonymous visitor signs in (in the page's language) and comes back to `path`; anything else is a 404, so a campaign the
 * caller may not see (drafts included) answers exactly like one that does not exist, and a
 * non-admin learns nothing of the admin pages.
 */
export async function requirePage<T>(result: Guarded<T>, path: string): Promise<T> {
  if (result.ok) return result.value;
  // In the page's language: a French organizer signs in, and comes back, in French.
  if (result.error === "unauthenticated") redirectToSignIn(path, await getLocale());
  notFound();
}
