import "server-only";
import { OSDI_CURIES, osdiHref } from "./hal";
import { MAX_PAGE_SIZE, OSDI_NAMESPACE } from "./schema";

// The API Entry Point (aep.md). It links only to what exists: the petitions collection. Each
// petition links to its own Record Signature Helper, as the spec places it there. No `docs` link:
// our API documentation is the README, not a page the app serves.
export function osdiEntryPoint() {
  return {
    motd: "Welcome to the Petitions OSDI API. Petitions are public; signatures recorded here count once their owner confirms by email.",
    vendor_name: "Petitions",
    product_name: "Petitions",
    osdi_version: "1.1.1",
    max_pagesize: MAX_PAGE_SIZE,
    namespace: OSDI_NAMESPACE,
    _links: {
      curies: OSDI_CURIES,
      self: { href: osdiHref(), title: "This API entry point" },
      "osdi:petitions": { href: osdiHref("/petitions"), title: "The collection of public petitions" },
    },
  };
}
