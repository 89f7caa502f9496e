import { revalidatePath as revalidateNextPath } from "next/cache";
import { invalidateRegisteredPageCache } from "./page-cache-registry";

/**
 * Next.js's revalidatePath, which also drops the page from the production server's one-second
 * page cache (lib/server/page-cache.ts, registered in ./page-cache-registry.ts). Every server action
 * revalidates through this.
 */
export function revalidatePath(path: string, type?: "layout" | "page"): void {
  revalidateNextPath(path, type);
  invalidateRegisteredPageCache(path, type);
}
