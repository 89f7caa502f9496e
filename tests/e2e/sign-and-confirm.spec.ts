import { expect, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { TokenPage } from "./pages/token-page";
import { apiCount, fetchCampaignJson } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

const SLUG = "un-commission-of-inquiry";
const TITLE = "An international commission of inquiry into the 1988 massacre of political prisoners in Iran";

test("a signature counts only after its owner confirms it from the emailed link", async ({ page, request }) => {
  const campaign = new CampaignPage(page, SLUG);
  const email = uniqueEmail("confirm");
  const fullName = "Ana Confirm-Signer";

  await campaign.goto();
  const pageBefore = await campaign.readCount();
  const apiBefore = await apiCount(request, SLUG);
  expect(pageBefore).toBe(apiBefore);

  const resultText = await campaign.sign({ fullName, email, country: "France" });
  expect(resultText).toContain("We have sent you an email");
  await expect(campaign.result, "focus moves to the result so screen readers read it").toBeFocused();
  expect(await apiCount(request, SLUG), "a pending signature is not counted").toBe(apiBefore);

  const message = await new Mailbox(request, email).waitForEmail();
  expect(message.to).toEqual([email]);
  expect(message.from).toBe("Petitions <petitions@example.org>");
  expect(message.subject).toBe(`Confirm your signature: ${TITLE}`);
  expect(message.text).toContain(`Dear ${fullName},`);
  const link = confirmLink(message);

  // Opening the link (as a person, a mail scanner or a prefetcher would) changes nothing.
  const confirmPage = new TokenPage(page);
  await confirmPage.open(link);
  await expect(confirmPage.heading).toHaveText("Confirm your signature");
  await expect(page.getByRole("main").getByRole("link", { name: TITLE })).toHaveAttribute("href", `/campaigns/${SLUG}`);
  await expect(confirmPage.button("Confirm my signature")).toBeVisible();
  expect((await request.get(link)).status()).toBe(200);
  await page.reload();
  expect(await apiCount(request, SLUG), "opening the confirm link must not count the signature").toBe(apiBefore);

  await confirmPage.press("Confirm my signature", SLUG);
  expect(new URL(page.url()).searchParams.get("confirmed")).toBe("1");
  await expect(campaign.confirmedNotice.getByRole("heading")).toHaveText("Your signature is confirmed");
  expect(await campaign.readCount()).toBe(pageBefore + 1);
  expect(await apiCount(request, SLUG)).toBe(apiBefore + 1);

  // The signer's address is never published: not in the page, not in the API.
  const html = (await page.content()).toLowerCase();
  expect(html).not.toContain(email.toLowerCase());
  expect(html).not.toContain(email.split("@")[0].toLowerCase());
  const { raw } = await fetchCampaignJson(request, SLUG);
  expect(raw.toLowerCase()).not.toContain(email.split("@")[0].toLowerCase());

  // The link has done its work: opening it again says so, and counts nothing more.
  await confirmPage.open(link);
  await expect(confirmPage.heading).toHaveText("Your signature is already confirmed");
  await expect(confirmPage.button("Confirm my signature")).toHaveCount(0);
  expect(await apiCount(request, SLUG)).toBe(apiBefore + 1);
});

test("a confirmation link that does not exist is refused and counts nothing", async ({ page, request }) => {
  const before = await apiCount(request, SLUG);
  const confirmPage = new TokenPage(page);
  await confirmPage.open(`/confirm/${"x".repeat(43)}`);
  await expect(confirmPage.heading).toHaveText("This confirmation link is not valid");
  await expect(confirmPage.button("Confirm my signature")).toHaveCount(0);
  expect(await apiCount(request, SLUG)).toBe(before);
});
