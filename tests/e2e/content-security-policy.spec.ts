import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { CACHED_PAGE_PATH } from "../../lib/http/security-headers.mjs";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { uniqueEmail } from "./support/ids";
import { Mailbox } from "./support/mailbox";

// Issue #13, finding 7: pages rendered per request carry a Content-Security-Policy with a fresh
// nonce, which every one of our scripts carries and an injected one does not; cached campaign pages
// cannot carry one (lib/http/security-headers.mjs says why), and the production server lists the
// hash of each of their inline scripts instead (lib/production-server/hashed-policy.ts). And nothing
// we serve trips its own policy: a refused script of ours would break the page without failing its
// request.

const PETITION = "un-commission-of-inquiry";

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

type SignFormCatalog = { fullName: string; email: string; country: string; consent: string; submit: string; ariaLabel: string };

/** The sign form's words in a language, from its catalog, and France as that language names it. */
function signingLabels(locale: "en" | "fa") {
  const signForm = (CATALOGS[locale].signing as unknown as { signForm: SignFormCatalog }).signForm;
  return { ...signForm, france: locale === "fa" ? "فرانسه" : "France" };
}

/** A pattern for the text, any space matching any space: accessible names turn no-break spaces into plain ones. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s\u00a0\u202f]+/g, "\\s+");
}

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

/** The script-src directive of a policy. */
const scriptSrc = (policy: string | undefined) => /(?:^|;\s*)script-src ([^;]*)/.exec(policy ?? "")?.[1] ?? "";

/** The hash sources of the inline scripts (no src) in the HTML, read with a pattern of the test's own. */
function inlineScriptSources(html: string): string[] {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [...new Set(scripts.map((script) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`))];
}

test("cached pages name the hash of each of their inline scripts and allow no other inline script; only the widget may be framed", async ({
  request,
}) => {
  for (const path of [
    "/campaigns/mayors-declaration",
    "/fa/campaigns/mayors-declaration",
    "/embed/campaigns/mayors-declaration",
    "/campaigns/mayors-declaration/integrity",
    "/fr/campaigns/mayors-declaration/privacy",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const policy = response.headers()["content-security-policy"];
    const script = scriptSrc(policy);
    expect(script, path).not.toContain("'unsafe-inline'");
    expect(nonceOf(policy), path).toBeUndefined();
    const inline = inlineScriptSources(await response.text());
    expect(inline.length, path).toBeGreaterThan(0);
    expect(script.split(" ").sort(), path).toEqual(["'self'", ...inline].sort());
    expect(policy, path).toContain(path.startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'none'");
  }
});

test("a copy the production server replays from its page cache carries the same hashes as the one Next.js sent", async ({ request }) => {
  const policies = new Map<"replayed" | "from Next.js", Set<string>>([
    ["replayed", new Set()],
    ["from Next.js", new Set()],
  ]);
  for (let i = 0; i < 40 && [...policies.values()].some((seen) => seen.size === 0); i += 1) {
    const response = await request.get("/fa/campaigns/mayors-declaration");
    policies.get(response.headers()["x-page-cache"] ? "replayed" : "from Next.js")?.add(response.headers()["content-security-policy"]);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const [replayed, fromNext] = [...policies.values()].map((seen) => [...seen]);
  expect(replayed.length, "one policy for every replay").toBe(1);
  expect(fromNext, "the same policy as Next.js's answers").toEqual(replayed);
  expect(scriptSrc(replayed[0])).toContain("'sha256-");
});

// Signing works, with the form's own script: the page is not reloaded, so the form was submitted by
// the hydrated page and not by the browser.
for (const { name, path, labels } of [
  { name: "the campaign page in English", path: `/campaigns/${PETITION}`, labels: signingLabels("en") },
  { name: "the campaign page in Persian", path: `/fa/campaigns/${PETITION}`, labels: signingLabels("fa") },
  { name: "the widget", path: `/embed/campaigns/${PETITION}`, labels: signingLabels("en") },
]) {
  test(`${name} hydrates and signs under its hashed policy, with no script refused`, async ({ page }) => {
    const violations = collectViolations(page);
    const response = await page.goto(path, { waitUntil: "networkidle" });
    const script = scriptSrc(response?.headers()["content-security-policy"]);
    expect(script).toContain("'sha256-");
    expect(script).not.toContain("'unsafe-inline'");
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    const form = page.getByRole("form", { name: new RegExp(`^${escapeRegExp(labels.ariaLabel.split("{")[0])}`) });
    await form.getByLabel(labels.fullName, { exact: true }).fill("Sima Script");
    await form.getByLabel(labels.email, { exact: true }).fill(uniqueEmail("csp"));
    await form.getByLabel(labels.country, { exact: true }).selectOption({ label: labels.france });
    await form.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(labels.consent)}`) }).check();
    await form.getByRole("button", { name: labels.submit, exact: true }).click();
    await expect(page.getByTestId("sign-result")).toBeVisible();
    expect(await page.evaluate(() => "notReloaded" in window), "signed by the page's own script, without a reload").toBe(true);
    expect(violations).toEqual([]);
  });
}

test("a script injected into a cached campaign page does not run, whether in its HTML or inserted later", async ({ page }) => {
  const violations = collectViolations(page);
  await page.route("**/campaigns/mayors-declaration", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  const response = await page.goto("/campaigns/mayors-declaration", { waitUntil: "networkidle" });
  expect(scriptSrc(response?.headers()["content-security-policy"])).toContain("'sha256-");
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.inserted = true";
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { inserted?: boolean }).inserted)).toBeUndefined();
  expect(violations.length).toBeGreaterThanOrEqual(2);
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
