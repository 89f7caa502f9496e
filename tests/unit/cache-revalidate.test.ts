import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { localizedPaths, revalidateCampaign, revalidateEvent } from "@/lib/cache/revalidate";

// One function per entity knows every page that shows it (issue #10: four hand-kept lists had
// drifted, and only the editor refreshed the embed). Recorded through the function's seam.

function recorded(run: (revalidate: (path: string, type?: "layout" | "page") => void) => void): string[] {
  const paths: string[] = [];
  run((path, type) => paths.push(type ? `${path} (${type})` : path));
  return paths;
}

describe("revalidating a campaign", () => {
  const kinds = {
    "public page": "/campaigns/un-inquiry",
    embed: "/embed/campaigns/un-inquiry",
    signatories: "/campaigns/un-inquiry/signatories",
    "home page's list": "/",
    "public event pages that list campaigns": "/(public)/events/[slug] (page)",
    "organizer's event pages that list campaigns": "/(organizer)/organizer/events/[slug] (page)",
    "the campaign's organizer pages (preview, moderation, offline, updates…)": "/organizer/campaigns/un-inquiry (layout)",
    "organizer dashboard": "/organizer",
    "admin's list": "/admin",
  };

  for (const change of ["content", "count"] as const) {
    test(`a ${change} change reaches every page kind, the embed included`, () => {
      const paths = recorded((revalidate) => revalidateCampaign("un-inquiry", change, revalidate));
      for (const [kind, path] of Object.entries(kinds)) assert.ok(paths.includes(path), `${kind}: ${path} in ${paths.join(", ")}`);
    });
  }

  test("an organizer's change redraws the share images; a signature leaves them to their minute", () => {
    const images = "/(public)/campaigns/[slug] (layout)";
    assert.ok(recorded((revalidate) => revalidateCampaign("un-inquiry", "content", revalidate)).includes(images));
    assert.ok(!recorded((revalidate) => revalidateCampaign("un-inquiry", "count", revalidate)).includes(images));
  });

  test("only the named campaign's own pages are revalidated", () => {
    const paths = recorded((revalidate) => revalidateCampaign("un-inquiry", "content", revalidate));
    assert.ok(
      paths.every((path) => !/\/campaigns\/(?!un-inquiry\b|\[slug\])/.test(path)),
      paths.join(", "),
    );
  });
});

describe("revalidating an event", () => {
  test("reaches its public page, the organizer's pages and the campaign pages that cite it", () => {
    const paths = recorded((revalidate) => revalidateEvent("un-session-1988", revalidate));
    for (const path of [
      "/events/un-session-1988",
      "/organizer/events",
      "/organizer/events/un-session-1988 (layout)",
      "/(public)/campaigns/[slug] (page)",
      "/",
    ]) {
      assert.ok(paths.includes(path), `${path} in ${paths.join(", ")}`);
    }
  });
});

describe("every language's copy", () => {
  test("a page is revalidated under each language's address as Next.js caches it; a route under the language segment", () => {
    assert.deepEqual(localizedPaths("/campaigns/x"), ["/campaigns/x", "/en/campaigns/x", "/fr/campaigns/x", "/fa/campaigns/x"]);
    assert.deepEqual(localizedPaths("/"), ["/", "/en", "/fr", "/fa"]);
    assert.deepEqual(localizedPaths("/(public)/events/[slug]"), ["/[locale]/(public)/events/[slug]"]);
  });
});
