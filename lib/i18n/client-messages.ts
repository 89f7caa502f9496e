import { CATALOGS, type Messages, type Namespace } from "./catalogs";
import type { Locale } from "./routing";

/**
 * What client components read, by what they are (every message sent with a page is bytes on a
 * phone and in the page caches, on the busiest pages there are; the emails' texts and everything
 * drawn on the server stay there). The root layout sends `frame` (the switcher, error pages, the
 * shared form pieces); a page wraps its own client parts with what they read
 * (components/i18n/client-messages.tsx). A message missing here shows as its key and logs an
 * error in the browser, which the layout suite (tests/e2e/layout.spec.ts) reports.
 */
const CLIENT_MESSAGES = {
  frame: ["common"],
  /** The sign form, its errors and result, and the share links it offers once signed. */
  sign: [
    "common",
    "signing.signForm",
    "signing.communePicker",
    "signing.offices",
    "signing.errors",
    "signing.sign",
    "signing.proofOfWork",
    "campaign.share",
  ],
  /** The live count and progress bar, redrawn in the browser as signatures arrive. */
  count: ["common", "campaign.progress"],
  /** The notice a signer lands on after confirming or withdrawing. */
  flash: ["common", "signing.flash"],
  /** The share links alone (the widget's). */
  share: ["common", "campaign.share"],
  /** The confirm, withdraw and unsubscribe buttons and their refusals. */
  token: ["common", "signing.errors", "signing.confirm.errors", "signing.withdraw.errors", "signing.unsubscribe"],
  signIn: ["common", "auth.form", "auth.errors"],
  /** "Manage my signatures": the request form, the page's buttons and their refusals. */
  manage: [
    "common",
    "signing.signForm.problem",
    "signing.errors.email",
    "signing.errors.linkNotValid",
    "signing.manage.form",
    "signing.manage.sent",
    "signing.manage.errors",
  ],
} as const;

export type ClientMessageSet = keyof typeof CLIENT_MESSAGES;

type Tree = { [key: string]: string | Tree };

/**
 * The messages a set of client components reads, or whole namespaces: the organizer layout sends
 * every catalog, its forms being many and its pages never cached.
 */
export function clientMessages(locale: Locale, wanted: ClientMessageSet | readonly Namespace[]): Partial<Messages> {
  const all = CATALOGS[locale] as unknown as Tree;
  if (typeof wanted !== "string") return Object.fromEntries(wanted.map((namespace) => [namespace, all[namespace]]));
  const picked: Tree = {};
  for (const path of CLIENT_MESSAGES[wanted]) {
    const parts = path.split(".");
    let from: Tree | string | undefined = all;
    let into = picked;
    for (const [i, part] of parts.entries()) {
      from = typeof from === "object" ? from[part] : undefined;
      if (from === undefined) break;
      if (i === parts.length - 1) into[part] = from;
      else {
        into[part] ??= {};
        into = into[part] as Tree;
      }
    }
  }
  return picked as Partial<Messages>;
}
