import { createRequire } from "node:module";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { NextConfig } from "next";
import { petitionSignature, signaturesUrl } from "./support/api";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { uniqueEmail } from "./support/ids";

const NEXT_CONFIG: string = "../../next.config.mjs";

// The production server (lib/production-server/) leans on what Next.js does, in two places an upgrade could
// change without a word (issue #10); these tests fail first if it does.
// - The page cache (lib/production-server/page-cache.ts) keeps only what Next.js marks `x-nextjs-cache: HIT`:
//   should Next.js stop sending it, the replay would silently switch itself off.
// - The fast routes (lib/production-server/fast-routes.ts) answer without Next.js, so they must send the
//   headers next.config.mjs has Next.js add to every other response, no more and no fewer.

const SLUG = "un-commission-of-inquiry";

type HeaderRule = { source: string; headers: { key: string; value: string }[]; has?: unknown; missing?: unknown };

// The matcher Next.js compiles a rule's `source` with (next/dist/shared/lib/router/utils/path-match.js).
const { pathToRegexp } = createRequire(import.meta.url)("next/dist/compiled/path-to-regexp") as {
  pathToRegexp(source: string, keys: unknown[], options: { delimiter: string; sensitive: boolean; strict: boolean }): RegExp;
};

async function headerRules(): Promise<HeaderRule[]> {
  // next.config.mjs is JavaScript, which the project does not type-check: typed here.
  const nextConfig = (await import(NEXT_CONFIG)).default as NextConfig;
  const rules = ((await nextConfig.headers?.()) ?? []) as HeaderRule[];
  for (const rule of rules) {
    expect(rule.has ?? rule.missing, `${rule.source}: a conditional rule, which this test cannot read yet`).toBeUndefined();
  }
  return rules;
}

/** The headers next.config.mjs sets for this path, by lower-cased name. */
function configuredFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathToRegexp(rule.source, [], { delimiter: "/", sensitive: false, strict: true }).test(path)) continue;
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
}

/**
 * Of a response's headers, those next.config.mjs sets on any path: a missing one and an extra one both
 * show. Not Cache-Control: next.config.mjs sets it on one kind of page ("Manage my signatures"), and
 * every API handler sets its own.
 */
function configuredIn(rules: HeaderRule[], response: APIResponse): Record<string, string> {
  const names = new Set(rules.flatMap((rule) => rule.headers.map(({ key }) => key.toLowerCase())));
  names.delete("cache-control");
  return Object.fromEntries(Object.entries(response.headers()).filter(([name]) => names.has(name)));
}

test.describe("the page cache's signal", () => {
  let app: AppInstance;

  test.beforeAll(async () => {
    // No replay here: every request reaches Next.js, and what it answers is what the cache would see.
    app = await startAppInstance(3401, { PAGE_CACHE_MS: "0" });
  });

  test.afterAll(async () => {
    await app?.stop();
  });

  async function repeatUntilHit(request: APIRequestContext, path: string): Promise<APIResponse[]> {
    const answers = [await request.get(`${app.url}${path}`)];
    while (answers.length < 10 && answers.at(-1)?.headers()["x-nextjs-cache"] !== "HIT") {
      answers.push(await request.get(`${app.url}${path}`));
    }
    return answers;
  }

  for (const path of [`/campaigns/${SLUG}`, `/embed/campaigns/${SLUG}`]) {
    test(`Next.js answers a repeated GET of ${path} from its page cache, marked x-nextjs-cache: HIT`, async ({ request }) => {
      const answers = await repeatUntilHit(request, path);
      const hit = answers.at(-1)!;
      expect(
        answers.map((answer) => answer.headers()["x-nextjs-cache"] ?? "(none)"),
        "a repeat request within the page's second is a HIT (lib/production-server/page-cache.ts keeps nothing else)",
      ).toContain("HIT");
      expect(
        answers.every((answer) => answer.headers()["x-page-cache"] === undefined),
        "answered by Next.js, not replayed",
      ).toBe(true);
      // The rest of what the page cache asks of an answer before keeping it.
      expect(hit.status()).toBe(200);
      expect(hit.headers()["set-cookie"]).toBeUndefined();
      expect(hit.headers()["cache-control"]).toMatch(/s-maxage=/);
      expect(hit.headers()["cache-control"]).not.toMatch(/private|no-store/);
    });
  }
});

test.describe("the fast routes' headers", () => {
  test("Next.js answers an API route with the headers next.config.mjs sets for its path", async ({ request }) => {
    const rules = await headerRules();
    const answer = await request.get("/api/v1");
    expect(answer.status()).toBe(200);
    expect(Object.keys(configuredFor(rules, "/api/v1")).length, "next.config.mjs sets security headers on the API").toBeGreaterThan(0);
    expect(configuredIn(rules, answer)).toEqual(configuredFor(rules, "/api/v1"));
  });

  test("the count, signing and confirming calls answer with exactly the headers Next.js would add", async ({ request }) => {
    const rules = await headerRules();
    const fromNext = configuredIn(rules, await request.get("/api/v1"));
    const answers: [string, APIResponse][] = [
      [`/api/v1/campaigns/${SLUG}/count`, await request.get(`/api/v1/campaigns/${SLUG}/count`)],
      [signaturesUrl(SLUG), await request.post(signaturesUrl(SLUG), { data: petitionSignature(uniqueEmail("fence")) })],
      [signaturesUrl(SLUG), await request.post(signaturesUrl(SLUG), { data: { email: "not an address" } })],
      ["/api/v1/confirmations", await request.post("/api/v1/confirmations", { data: { token: "A".repeat(43) } })],
    ];
    expect(answers.map(([, answer]) => answer.status())).toEqual([200, 202, 400, 404]);
    for (const [path, answer] of answers) {
      expect(configuredIn(rules, answer), `${answer.status()} from ${path}`).toEqual(configuredFor(rules, path));
      expect(configuredIn(rules, answer), `${answer.status()} from ${path}, as Next.js answers /api/v1`).toEqual(fromNext);
    }
  });
});
