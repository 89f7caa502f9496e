import { expect, test, type Page } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { APP_URL } from "./playwright.config";
import { uniqueEmail } from "./support/ids";

// The share links the embed widget offers once someone has signed. Every link carries the
// campaign's address tagged with its channel, so signatures can later be traced to it.

const SLUG = "un-commission-of-inquiry";
const TITLE = "An international commission of inquiry into the 1988 massacre of political prisoners in Iran";
const CAMPAIGN_URL = `${APP_URL}/campaigns/${SLUG}`;
const tagged = (source: string) => `${CAMPAIGN_URL}?utm_source=${source}&utm_medium=share`;

/** Opens the widget on its own (the same page the iframe shows) and signs it. */
async function signInWidget(page: Page, label: string): Promise<void> {
  await page.goto(`/embed/campaigns/${SLUG}`);
  const widget = new CampaignPage(page, SLUG);
  await expect(page.getByRole("list", { name: "Share this campaign" }), "nothing to share before signing").toBeHidden();
  await widget.sign({ fullName: "Sam Sharer", email: uniqueEmail(label) });
}

test("after signing, the widget offers email, WhatsApp, X and Facebook links tagged with their channel", async ({ page }) => {
  await signInWidget(page, "share");
  const links = page.getByRole("list", { name: "Share this campaign" });
  await expect(links).toBeVisible();

  const email = new URL((await links.getByRole("link", { name: "Share by email", exact: true }).getAttribute("href"))!);
  expect(email.protocol).toBe("mailto:");
  expect(email.searchParams.get("subject")).toBe(TITLE);
  expect(email.searchParams.get("body")).toContain(tagged("email"));

  const external = [
    { name: "Share on WhatsApp (opens in a new tab)", host: "wa.me", param: "text", source: "whatsapp" },
    { name: "Share on X (opens in a new tab)", host: "x.com", param: "url", source: "x" },
    { name: "Share on Facebook (opens in a new tab)", host: "www.facebook.com", param: "u", source: "facebook" },
  ];
  for (const { name, host, param, source } of external) {
    const link = links.getByRole("link", { name, exact: true });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", /noopener/);
    const href = new URL((await link.getAttribute("href"))!);
    expect(href.host, name).toBe(host);
    expect(href.searchParams.get(param), name).toContain(tagged(source));
  }
});

test("the copy button puts the tagged address on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: APP_URL });
  await signInWidget(page, "share-copy");
  await page.getByRole("button", { name: "Copy link", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tagged("copy"));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the share links still appear after signing, with a plain link in place of the copy button", async ({ page }) => {
    await signInWidget(page, "share-noscript");
    const links = page.getByRole("list", { name: "Share this campaign" });
    await expect(links.getByRole("link", { name: "Link to this campaign", exact: true })).toHaveAttribute("href", tagged("copy"));
    await expect(links.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await expect(links.getByRole("link", { name: "Share on X (opens in a new tab)" })).toBeVisible();
  });
});
