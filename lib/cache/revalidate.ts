import { revalidatePath as revalidateNextPath } from "next/cache";
import { LOCALES } from "@/lib/i18n/routing";
import { invalidateRegisteredPageCache } from "./page-cache-registry";

/**
 * Next.js's revalidatePath for a page in every language, which also drops it from the production
 * server's one-second page cache (lib/production-server/page-cache.ts, registered in
 * ./page-cache-registry.ts). Callers name the page as English addresses it (`/campaigns/x`) or by
 * its route without the language segment (`/(public)/events/[slug]`); every page lives under
 * app/[locale]/, and Next.js caches each language's copy under `/en/…`, `/fr/…`, `/fa/…` (English
 * addresses are rewritten to `/en/…` by proxy.ts), so each is revalidated (issue #12).
 */
export function revalidatePath(path: string, type?: "layout" | "page"): void {
  for (const nextPath of localizedPaths(path)) revalidateNextPath(nextPath, type);
  invalidateRegisteredPageCache(path, type);
}

/** The paths Next.js knows a page by, in every language: `/x` → `/x`, `/en/x`, `/fr/x`, `/fa/x`; a route → `/[locale]/…`. */
export function localizedPaths(path: string): string[] {
  const route = /[[(]/.test(path);
  if (route) return [`/[locale]${path === "/" ? "" : path}`];
  // English also by its bare address: Next.js may key the rewritten page by the address asked for.
  return [path, ...LOCALES.map((locale) => `/${locale}${path === "/" ? "" : path}`)];
}

type Revalidate = typeof revalidatePath;

// Every page and image that shows a campaign or an event, in one place: four hand-kept lists in
// the actions had drifted apart, and only the editor refreshed the embed (issue #10). The ISR
// pages (campaign page, embed, share images) are what must be reached; the others are rendered per
// request and are listed so that no client's router cache keeps them either.

/**
 * What changed: "count" when a signer confirms or withdraws, many times a second on a viral
 * campaign; "content" for anything an organizer does.
 */
export type CampaignChange = "content" | "count";

/**
 * Everything that shows a campaign: its public page, embed and signatories, the home page's list,
 * the event pages that list it (public and organizer's: by route, since only the caller knows the
 * event), the organizer pages (its own, under one layout; the dashboard; the admin's list) and,
 * for a content change, its share images. Call it with every slug the change
 * touches (a new address: the old one too).
 */
export function revalidateCampaign(slug: string, change: CampaignChange = "content", revalidate: Revalidate = revalidatePath): void {
  revalidate(`/campaigns/${slug}`);
  revalidate(`/embed/campaigns/${slug}`);
  revalidate(`/campaigns/${slug}/signatories`);
  revalidate("/");
  revalidate("/(public)/events/[slug]", "page");
  revalidate(`/organizer/campaigns/${slug}`, "layout");
  revalidate("/(organizer)/organizer/events/[slug]", "page");
  revalidate("/organizer");
  revalidate("/admin");
  // The share images carry the count, but are redrawn at most once a minute by design (a redraw
  // costs tens of milliseconds): a signature does not redraw them. Their address ends in a hash
  // Next.js derives from the route group, so they are reached through the route's layout, with
  // every campaign's pages: a re-render each, on their next visit, for a change an organizer made.
  if (change === "content") revalidate("/(public)/campaigns/[slug]", "layout");
}

/**
 * Everything that shows an event: its public page, the organizer's list and its pages, and the
 * campaign pages and cards that cite it (any campaign may be built on it). Call it with every slug
 * the change touches.
 */
export function revalidateEvent(slug: string, revalidate: Revalidate = revalidatePath): void {
  revalidate(`/events/${slug}`);
  revalidate("/organizer/events");
  revalidate(`/organizer/events/${slug}`, "layout");
  revalidate("/(public)/campaigns/[slug]", "page");
  revalidate("/");
}
