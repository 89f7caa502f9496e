// Where a page cache outside Next.js registers so that revalidatePath (./revalidate.ts) empties it
// too: the production server's one-second cache of public pages (lib/production-server/page-cache.ts)
// registers here when it starts. The cache module owns this point and the server plugs into it, so
// nothing below the server imports the server (issue #10).

/** What revalidatePath needs of a page cache: drop a page, or with type "layout" everything under it. */
export type PageInvalidator = { invalidate(path: string, type?: "layout" | "page"): void };

// Next.js evaluates the app's modules in its own bundles, apart from the server's: revalidation in
// a server action reaches this process's cache through a global.
const REGISTRY = Symbol.for("petitions.pageCache");
type Registry = { [REGISTRY]?: PageInvalidator };

export function registerPageCache(cache: PageInvalidator): void {
  (globalThis as Registry)[REGISTRY] = cache;
}

/** Called with every revalidatePath; a no-op under `next dev` or `next start`, where nothing registers. */
export function invalidateRegisteredPageCache(path: string, type?: "layout" | "page"): void {
  (globalThis as Registry)[REGISTRY]?.invalidate(path, type);
}
