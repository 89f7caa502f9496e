import { expect, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { TokenPage } from "./pages/token-page";
import { apiCount } from "./support/api";
import { uniqueId } from "./support/ids";
import { confirmLink, hasConfirmLink, Mailbox } from "./support/mailbox";

const SLUG = "un-commission-of-inquiry";
const TITLE = "An international commission of inquiry into the 1988 massacre of political prisoners in Iran";

test("signing again with the same mailbox reveals nothing on screen, emails the owner and counts once", async ({ page, request }) => {
  const id = uniqueId();
  const owner = `dup.signer.${id}@gmail.com`;
  // The same Gmail mailbox: other capitals, other dots, the googlemail.com alias.
  const variants = [`Dup.Signer.${id.toUpperCase()}@Gmail.com`, `dupsigner${id}@googlemail.com`];
  const mailbox = new Mailbox(request, owner);
  const campaign = new CampaignPage(page, SLUG);

  await campaign.goto();
  const pageBefore = await campaign.readCount();
  const apiBefore = await apiCount(request, SLUG);

  // 1. First signature: a confirmation email.
  const firstResult = await campaign.sign({ fullName: "Dana Original", email: owner });
  const first = await mailbox.waitForEmail(1);
  expect(first.subject).toBe(`Confirm your signature: ${TITLE}`);

  // 2. Again while pending, with other capitals and dots: same answer, a fresh confirmation to the owner.
  await campaign.goto();
  const secondResult = await campaign.sign({ fullName: "Someone Else", email: variants[0], country: "Germany" });
  expect(secondResult).toBe(firstResult);
  const second = await mailbox.waitForEmail(2);
  expect(second.to, "the fresh link goes to the address that signed first").toEqual([owner]);
  expect(second.subject).toBe(`Confirm your signature: ${TITLE}`);
  expect(second.text, "the stored details stay as the owner gave them").toContain("Dear Dana Original,");
  expect(second.text).not.toContain("Someone Else");

  // The fresh link replaces the first one.
  const oldLink = confirmLink(first);
  const newLink = confirmLink(second);
  expect(newLink).not.toBe(oldLink);
  const confirmPage = new TokenPage(page);
  await confirmPage.open(oldLink);
  await expect(confirmPage.heading).toHaveText("This confirmation link is not valid");
  expect(await apiCount(request, SLUG), "two pending attempts count nothing").toBe(apiBefore);

  await confirmPage.open(newLink);
  await confirmPage.press("Confirm my signature", SLUG);
  await expect(campaign.confirmedNotice).toBeVisible();
  expect(await apiCount(request, SLUG)).toBe(apiBefore + 1);

  // 3. Again once confirmed: same answer on screen, an "already signed" email, no new count.
  await campaign.goto();
  const thirdResult = await campaign.sign({ fullName: "Dana Again", email: variants[1] });
  expect(thirdResult).toBe(firstResult);
  const third = await mailbox.waitForEmail(3);
  expect(third.to).toEqual([owner]);
  expect(third.subject).toBe(`You have already signed: ${TITLE}`);
  expect(third.text).toContain("already confirmed and counted once");
  expect(hasConfirmLink(third), "nothing left to confirm").toBe(false);

  await campaign.goto();
  expect(await campaign.readCount()).toBe(pageBefore + 1);
  expect(await apiCount(request, SLUG)).toBe(apiBefore + 1);
});

test("a first-time signer and a repeat signer see exactly the same answer", async ({ page, request }) => {
  const campaign = new CampaignPage(page, SLUG);
  const repeat = `repeat-${uniqueId()}@example.org`;

  await campaign.goto();
  const asNewcomer = await campaign.sign({ fullName: "Eve Newcomer", email: repeat });
  await new Mailbox(request, repeat).waitForEmail(1);

  await campaign.goto();
  const asRepeat = await campaign.sign({ fullName: "Eve Newcomer", email: repeat.toUpperCase() });
  expect(asRepeat).toBe(asNewcomer);
  await new Mailbox(request, repeat).waitForEmail(2);

  // A stranger's first signature reads the same too.
  await campaign.goto();
  const stranger = `stranger-${uniqueId()}@example.org`;
  expect(await campaign.sign({ fullName: "Finn Stranger", email: stranger })).toBe(asNewcomer);
  await new Mailbox(request, stranger).waitForEmail(1);
});
