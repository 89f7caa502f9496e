import { CATALOGS, type Messages, type Namespace } from "./catalogs";
import type { Locale } from "./routing";

/** Public pages' client components: the page frame, the sign form, a campaign's live parts. */
const PUBLIC_NAMESPACES: readonly Namespace[] = ["common", "signing", "campaign", "auth"];

/**
 * The catalogs client components need, and no more: every message sent with a page is bytes on a
 * phone. The root layout sends the public ones; the organizer layout sends every catalog.
 */
export function clientMessages(locale: Locale, namespaces: readonly Namespace[] = PUBLIC_NAMESPACES): Partial<Messages> {
  const all = CATALOGS[locale];
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
}
