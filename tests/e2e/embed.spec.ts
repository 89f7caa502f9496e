import { type APIRequestContext, expect, test, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { APP_URL } from "./playwright.config";
import { apiCount, petitionSignature, signaturesUrl } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";
import { startStaticServer, type StaticServer } from "./support/static-server";

// The widget organizers embed on their own sites with the one-line /embed.js snippet. The
// organizer's site is played by a static server on another port, so the widget runs in a
// cross-origin frame as it would in real life.

const SLUG = "un-commission-of-inquiry";
const TITLE = "An international commission of inquiry into the 1988 massacre of political prisoners in Iran";
const HOST_PORT = 3150;

let host: StaticServer;

test.beforeAll(async () => {
  host = await startStaticServer(HOST_PORT, {
    "/": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An organizer's site</title></head>
<body><h1>Our campaign</h1><p>Please sign below.</p>
<script src="${APP_URL}/embed.js" data-campaign="${SLUG}" async></script>
<p>The end of the organizer's page.</p></body></html>`,
  });
});

test.afterAll(async () => {
  await host?.close();
});

/** The widget inside the organizer's page. */
class EmbedWidget {
  readonly iframe: Locator;
  readonly frame: FrameLocator;
  readonly heading: Locator;
  readonly count: Locator;
  readonly progress: Locator;
  readonly form: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.iframe = page.locator(`iframe[src="${APP_URL}/embed/campaigns/${SLUG}"]`);
    this.frame = this.iframe.contentFrame();
    this.heading = this.frame.getByRole("heading", { level: 1 });
    this.count = this.frame.getByTestId("signature-count");
    this.progress = this.frame.getByRole("progressbar", { name: "Progress towards the goal" });
    this.form = this.frame.getByRole("form", { name: /^Sign: / });
    this.result = this.frame.getByTestId("sign-result");
  }

  async open(): Promise<void> {
    await this.page.goto(`${host.url}/`);
    await expect(this.heading).toHaveText(TITLE);
  }

  async readCount(): Promise<number> {
    const text = (await this.count.innerText()).trim();
    expect(text).toMatch(/^\d{1,3}(,\d{3})*$/);
    return Number(text.replaceAll(",", ""));
  }

  async sign(fullName: string, email: string): Promise<void> {
    await this.form.getByLabel("Full name", { exact: true }).fill(fullName);
    await this.form.getByLabel("Email address", { exact: true }).fill(email);
    await this.form.getByLabel("Country", { exact: true }).selectOption({ label: "France" });
    await this.form.getByRole("checkbox", { name: /^I agree that my name, email address/ }).check();
    await this.form.getByRole("button", { name: "Sign", exact: true }).click();
    await expect(this.result.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }

  /** How far the frame's height is from the height of what it shows, in pixels. */
  async heightMismatch(): Promise<number> {
    const frameHeight = await this.iframe.evaluate((element) => element.clientHeight);
    const contentHeight = await this.frame
      .locator(".embed-root")
      .evaluate((element) => Math.ceil(element.getBoundingClientRect().bottom + window.scrollY));
    return Math.abs(frameHeight - contentHeight);
  }
}

test("the snippet puts the widget on another site: title, count, progress and a working sign form", async ({ page, request }) => {
  const widget = new EmbedWidget(page);
  await widget.open();
  await expect(page.getByRole("heading", { level: 1, name: "Our campaign" }), "the organizer's page is around it").toBeVisible();

  await expect(widget.count).toBeVisible();
  await expect(widget.progress).toBeVisible();
  const count = await apiCount(request, SLUG);
  await expect.poll(() => widget.readCount()).toBe(count);
  await expect(widget.frame.getByRole("link", { name: "Campaigns" }), "no site navigation in the widget").toHaveCount(0);
  await expect(widget.frame.locator(".site-footer")).toBeHidden();
  await expect(widget.iframe, "the frame is named after the campaign").toHaveAttribute("title", new RegExp(`^Sign: ${TITLE}`));
  await expect.poll(() => widget.heightMismatch(), { message: "the frame fits the form" }).toBeLessThanOrEqual(1);

  const email = uniqueEmail("embed");
  await widget.sign("Eli Embedded", email);
  expect((await new Mailbox(request, email).waitForEmail()).subject).toBe(`Confirm your signature: ${TITLE}`);
  expect(await apiCount(request, SLUG), "a pending signature is not counted").toBe(count);
  await expect.poll(() => widget.heightMismatch(), { message: "the frame shrinks to the shorter message" }).toBeLessThanOrEqual(1);
});

test("the widget's count rises without a reload when a signature is confirmed elsewhere", async ({ page, request }) => {
  const widget = new EmbedWidget(page);
  const conditionalPoll = page.waitForRequest((req) => req.url() === `${APP_URL}/api/v1/campaigns/${SLUG}/count` && !!req.headers()["if-none-match"]);
  await widget.open();
  const before = await apiCount(request, SLUG);
  await expect.poll(() => widget.readCount()).toBe(before);
  await widget.frame.locator("body").evaluate(() => Object.assign(window, { notReloaded: true }));

  const email = uniqueEmail("embed-live");
  expect((await request.post(signaturesUrl(SLUG), { data: petitionSignature(email) })).status()).toBe(202);
  const token = confirmLink(await new Mailbox(request, email).waitForEmail()).split("/confirm/")[1];
  const confirmation = await request.post("/api/v1/confirmations", { data: { token } });
  expect(await confirmation.json()).toMatchObject({ status: "confirmed" });

  // The count endpoint may be a second old, and the widget asks every five seconds.
  await expect.poll(() => widget.readCount(), { timeout: 12_000 }).toBe(before + 1);
  expect(await widget.frame.locator("body").evaluate(() => "notReloaded" in window)).toBe(true);
  await conditionalPoll;
  await expect(widget.count.locator("xpath=ancestor-or-self::*[@aria-live]"), "count changes are not announced to screen readers").toHaveCount(0);
});

test("the embed page may be framed by any site; every other page refuses to be framed", async ({ request }) => {
  const embed = await request.get(`/embed/campaigns/${SLUG}`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();

  for (const path of ["/", `/campaigns/${SLUG}`, "/embed.js"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    if (path !== "/embed.js") expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }

  const script = await request.get("/embed.js");
  expect(script.headers()["content-type"]).toMatch(/^text\/javascript/);
  expect(await script.text()).toContain("/embed/campaigns/");
});

test("a campaign page's social preview is a 1200×630 PNG in each language, redrawn at most every minute", async ({ page, request }) => {
  // English and French are drawn by next/og; Persian, right to left, by resvg (lib/campaigns/share-image-rtl.ts).
  for (const prefix of ["", "/fr", "/fa"]) {
    await page.goto(`${prefix}/campaigns/${SLUG}`);
    await checkPreviewImages(page, request);
  }
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
});

async function checkPreviewImages(page: Page, request: APIRequestContext): Promise<void> {
  for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    const imageUrl = new URL((await page.locator(selector).getAttribute("content"))!);
    const image = await request.get(imageUrl.pathname + imageUrl.search);
    expect(image.status(), selector).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(image.headers()["cache-control"]).toContain("s-maxage=60");
    expect(pngSize(await image.body()), selector).toEqual({ width: 1200, height: 630 });

    const unknown = await request.get(imageUrl.pathname.replace(SLUG, "no-such-campaign"));
    expect(unknown.status(), `${selector} of an unknown campaign`).toBe(404);
  }
}

/** Width and height from a PNG's header (signature, then the IHDR chunk). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "a PNG signature").toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
