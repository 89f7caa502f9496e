import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { CACHED_PAGE_PATH } from "../../lib/http/security-headers.mjs";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { Mailbox } from "./support/mailbox";

// Issue #13, finding 7: pages rendered per request carry a Content-Security-Policy with a fresh
// nonce, which every one of our scripts carries and an injected one does not; cached campaign pages
// carry a policy without one (lib/http/security-headers.mjs says why). And nothing we serve trips
// its own policy: a refused script of ours would break the page without failing its request.

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("a page rendered per request has a fresh nonce, and every script in it carries that nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/fr", "/fr"]) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"];
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    const nonce = nonceOf(policy);
    expect(nonce).toBeTruthy();
    nonces.add(nonce!);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(2);
});

test("cached campaign pages and the widget carry a policy without a nonce; only the widget may be framed", async ({ request }) => {
  const page = (await request.get("/fa/campaigns/mayors-declaration")).headers()["content-security-policy"];
  expect(page).toContain("frame-ancestors 'none'");
  expect(nonceOf(page)).toBeUndefined();
  const widget = (await request.get("/embed/campaigns/mayors-declaration")).headers()["content-security-policy"];
  expect(widget).toContain("frame-ancestors *");
});

test("a script injected into a page without the nonce does not run", async ({ page }) => {
  const violations = collectViolations(page);
  await page.route("**/fr/signin", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/fr/signin");
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
});

test("public and organizer pages work under their policy: no script of ours is refused", async ({ page, request }) => {
  const violations = collectViolations(page);
  for (const path of [
    "/",
    "/fa/campaigns/mayors-declaration",
    "/fr/events/paris-5th-district-conference-2017",
    "/embed/campaigns/mayors-declaration",
  ]) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  await page.goto("/organizer", { waitUntil: "networkidle" });
  // A client-side navigation loads the next page's scripts through the first page's.
  await page.getByRole("navigation", { name: "Organizer" }).getByRole("link", { name: "Events" }).click();
  await expect(page).toHaveURL(/\/organizer\/events$/);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("every page the build prerenders is one the proxy leaves without a nonce, or its scripts would be refused", () => {
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../.next/prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
    dynamicRoutes: Record<string, unknown>;
  };
  // Not pages: files, images and Next.js's own error pages, which carry no script of ours; and the
  // API's static files (the proof-of-work worker), which the proxy never sees.
  const notPages = /^\/(?:_global-error|_not-found|embed\.js|icon\.svg)$|^\/api\/|\/(?:opengraph|twitter)-image/;
  const pages = [...Object.keys(manifest.routes), ...Object.keys(manifest.dynamicRoutes)]
    .filter((route) => !notPages.test(route))
    .map((route) => route.replace("[locale]", "fr").replace(/\[[^\]]+\]/g, "example"));
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) expect(CACHED_PAGE_PATH.test(page), page).toBe(true);
});
