import { expect, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { TokenPage } from "./pages/token-page";
import { apiCount } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox, withdrawLink } from "./support/mailbox";

const SLUG = "un-commission-of-inquiry";

test("a confirmed signature can be withdrawn from the emailed link, and the count goes back", async ({ page, request }) => {
  const campaign = new CampaignPage(page, SLUG);
  const email = uniqueEmail("withdraw");

  await campaign.goto();
  const pageBefore = await campaign.readCount();
  const apiBefore = await apiCount(request, SLUG);

  await campaign.sign({ fullName: "Jon Withdrawer", email });
  const message = await new Mailbox(request, email).waitForEmail();
  const tokenPage = new TokenPage(page);
  await tokenPage.open(confirmLink(message));
  await tokenPage.press("Confirm my signature", SLUG);
  expect(await campaign.readCount()).toBe(pageBefore + 1);
  expect(await apiCount(request, SLUG)).toBe(apiBefore + 1);

  // Opening the withdrawal link changes nothing.
  const link = withdrawLink(message);
  await tokenPage.open(link);
  await expect(tokenPage.heading).toHaveText("Withdraw your signature");
  await expect(page.getByRole("main")).toContainText("It will no longer be counted");
  expect((await request.get(link)).status()).toBe(200);
  await page.reload();
  expect(await apiCount(request, SLUG), "opening the withdraw link must not withdraw").toBe(apiBefore + 1);

  await tokenPage.press("Withdraw my signature", SLUG);
  expect(new URL(page.url()).searchParams.get("withdrawn")).toBe("1");
  await expect(campaign.withdrawnNotice.getByRole("heading")).toHaveText("Your signature is withdrawn");
  expect(await campaign.readCount()).toBe(pageBefore);
  expect(await apiCount(request, SLUG)).toBe(apiBefore);

  // The link is spent, and so is the confirmation link: the signature no longer exists.
  await tokenPage.open(link);
  await expect(tokenPage.heading).toHaveText("This withdrawal link is not valid");
  await expect(tokenPage.button("Withdraw my signature")).toHaveCount(0);
  await tokenPage.open(confirmLink(message));
  await expect(tokenPage.heading).toHaveText("This confirmation link is not valid");
  expect(await apiCount(request, SLUG)).toBe(apiBefore);
});

test("a pending signature can be withdrawn too, and the count never moves", async ({ page, request }) => {
  const campaign = new CampaignPage(page, SLUG);
  const email = uniqueEmail("withdraw-pending");

  await campaign.goto();
  const before = await apiCount(request, SLUG);
  await campaign.sign({ fullName: "Kim Pending", email });
  const message = await new Mailbox(request, email).waitForEmail();

  const tokenPage = new TokenPage(page);
  await tokenPage.open(withdrawLink(message));
  await expect(tokenPage.heading).toHaveText("Withdraw your signature");
  await expect(page.getByRole("main")).toContainText("Your signature was never confirmed");
  await tokenPage.press("Withdraw my signature", SLUG);
  await expect(campaign.withdrawnNotice).toBeVisible();
  expect(await apiCount(request, SLUG)).toBe(before);

  // Its confirmation link died with it: confirming now counts nothing.
  await tokenPage.open(confirmLink(message));
  await expect(tokenPage.heading).toHaveText("This confirmation link is not valid");
  expect(await apiCount(request, SLUG)).toBe(before);
});
