import "server-only";
import mailchecker from "mailchecker";

// Disposable addresses (issue #13, fraud defenses): a throwaway inbox confirms a signature as well
// as a real one, so one person could sign many times. The list is mailchecker's, maintained
// upstream (about 56,000 domains, a megabyte): server-only, never in a page's JavaScript.
//
// mailchecker's isValid(email) answers false for a disposable domain but also for any address its
// own pattern rejects, which is not ours (lib/signing/schema.ts validates the format with zod). So
// only its list is read here, the same way isValid reads it: the domain, then each parent domain
// (`x.yopmail.com` is yopmail.com's). Called only on an address zod has already accepted.
const disposableDomains = mailchecker.blacklist();

/** True when the address's domain, or a parent of it, is a known provider of throwaway inboxes. */
export function isDisposableAddress(email: string): boolean {
  let domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  while (domain) {
    if (disposableDomains.has(domain)) return true;
    const dot = domain.indexOf(".");
    if (dot < 0) return false;
    domain = domain.slice(dot + 1);
  }
  return false;
}
