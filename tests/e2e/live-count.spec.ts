import { expect, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { apiCount, petitionSignature, signaturesUrl } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

const SLUG = "un-commission-of-inquiry";

test("the count on an open campaign page rises, without a reload, when someone else confirms", async ({ page, browser }) => {
  const campaign = new CampaignPage(page, SLUG);
  await campaign.goto();
  const before = await campaign.readCount();
  // A mark on this document: a reload would start a new one without it. (Listening for
  // "framenavigated" also caught the history.replaceState Next.js's router makes once hydrated,
  // 100–250 ms after the load event: a race the test lost once the page came from the page cache.)
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  // Someone else, in another browser context, signs and confirms.
  const other = await browser.newContext();
  try {
    const email = uniqueEmail("live");
    expect((await other.request.post(signaturesUrl(SLUG), { data: petitionSignature(email) })).status()).toBe(202);
    const token = confirmLink(await new Mailbox(other.request, email).waitForEmail()).split("/confirm/")[1];
    expect((await other.request.post("/api/v1/confirmations", { data: { token } })).status()).toBe(200);
  } finally {
    await other.close();
  }

  await expect.poll(() => campaign.readCount(), { timeout: 15_000 }).toBe(before + 1);
  expect(await page.evaluate(() => "__sameDocument" in window), "the page was not reloaded").toBe(true);

  // The API's confirmation refreshes no page (the cached page catches up within a second), and the
  // next specs read this campaign's page count against the API's: leave once a fresh load shows it.
  await expect(async () => {
    await campaign.goto();
    expect(await campaign.readCount()).toBe(await apiCount(page.request, SLUG));
  }).toPass({ timeout: 15_000 });
});
