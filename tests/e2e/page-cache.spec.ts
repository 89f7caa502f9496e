import { expect, test, type APIRequestContext } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { TokenPage } from "./pages/token-page";
import { petitionSignature, signaturesUrl } from "./support/api";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// The production server replays a public campaign page Next.js served from its cache for up to
// PAGE_CACHE_MS (one second by default; lib/production-server/page-cache.ts). This instance keeps pages for a
// minute, so that what the test sees can only come from the cache or from its invalidation by a
// server action, never from the cache simply running out.

const SLUG = "un-commission-of-inquiry";
let app: AppInstance;

test.beforeAll(async () => {
  app = await startAppInstance(3103, { PAGE_CACHE_MS: "60000", RATE_LIMIT_SIGN_PER_MINUTE: "0" });
});

test.afterAll(async () => {
  await app?.stop();
});

async function plainPage(request: APIRequestContext): Promise<{ count: number; fromCache: boolean }> {
  const response = await request.get(`${app.url}/campaigns/${SLUG}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const shown = html.match(/data-testid="signature-count">([\d,]+)</)?.[1];
  expect(shown, "the page shows its count").toBeTruthy();
  return { count: Number(shown!.replaceAll(",", "")), fromCache: response.headers()["x-page-cache"] === "hit" };
}

async function signAndFetchToken(request: APIRequestContext, email: string): Promise<string> {
  const signed = await request.post(`${app.url}${signaturesUrl(SLUG)}`, { data: petitionSignature(email) });
  expect(signed.status()).toBe(202);
  return confirmLink(await new Mailbox(request, email).waitForEmail());
}

test("a page is replayed from the cache until a server action revalidates it, then shows the new count", async ({ page, request }) => {
  // Kept once Next.js serves the page from its own cache (after at most a rendering or two).
  const first = await plainPage(request);
  const next = [await plainPage(request), await plainPage(request), await plainPage(request)];
  expect(
    next.some((answer) => answer.fromCache),
    "a following request is answered from the cache",
  ).toBe(true);
  expect(next.map((answer) => answer.count)).toEqual([first.count, first.count, first.count]);

  // A confirmation through the API revalidates nothing: the cached page still shows the old count.
  const apiLink = await signAndFetchToken(request, uniqueEmail("cache-api"));
  const confirmed = await request.post(`${app.url}/api/v1/confirmations`, { data: { token: apiLink.split("/confirm/")[1] } });
  expect(confirmed.status()).toBe(200);
  const stale = await plainPage(request);
  expect(stale.fromCache).toBe(true);
  expect(stale.count, "within its age limit the cached copy is replayed as it was").toBe(first.count);

  // A confirmation through the confirm page (a server action) drops the page: the next reader sees both.
  const formLink = (await signAndFetchToken(request, uniqueEmail("cache-form"))).replace(/^https?:\/\/[^/]+/, app.url);
  const confirmPage = new TokenPage(page);
  await confirmPage.open(formLink);
  await confirmPage.press("Confirm my signature", SLUG);
  await expect(new CampaignPage(page, SLUG).confirmedNotice.getByRole("heading")).toHaveText("Your signature is confirmed");

  const fresh = await plainPage(request);
  expect(fresh.fromCache, "the first request after the revalidation goes to Next.js").toBe(false);
  expect(fresh.count).toBe(first.count + 2);
  // Next.js renders the page anew (a MISS, not kept here), then serves it from its cache (a HIT, kept).
  // On a loaded machine Next.js may answer a few more MISSes or STALEs first: ask up to ten times.
  const after: { count: number; fromCache: boolean }[] = [];
  for (let i = 0; i < 10 && !after.some((answer) => answer.fromCache); i++) after.push(await plainPage(request));
  expect(
    after.some((answer) => answer.fromCache),
    "the new page is cached in turn",
  ).toBe(true);
  expect(after.map((answer) => answer.count)).toEqual(after.map(() => fresh.count));
});
