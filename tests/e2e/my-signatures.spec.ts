import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { MySignaturesPage } from "./pages/my-signatures-page";
import { TokenPage } from "./pages/token-page";
import { apiCount } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";
import { APP_URL } from "./playwright.config";

// "Manage my signatures" (issue #13): a signer who signed two campaigns asks for a link, opens it
// from the email, withdraws one signature (the count goes down once) and downloads their data.

const PETITION = "un-commission-of-inquiry";
const DECLARATION = "mayors-declaration";
const MANAGE_LINK = new RegExp(`${APP_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/signatures/manage/[A-Za-z0-9_-]{43}`);

test("a signer sees both signatures from the emailed link, withdraws one, and downloads their data", async ({ page, request }) => {
  const email = uniqueEmail("manage");
  const mailbox = new Mailbox(request, email);
  const tokenPage = new TokenPage(page);

  const petition = new CampaignPage(page, PETITION);
  await petition.goto();
  await petition.sign({ fullName: "Nour Manager", email });
  await tokenPage.open(confirmLink(await mailbox.waitForEmail(1)));
  await tokenPage.press("Confirm my signature", PETITION);
  const declaration = new CampaignPage(page, DECLARATION);
  await declaration.goto();
  await declaration.sign({ fullName: "Nour Manager", email, office: "Mayor", municipality: "Lyon" });
  await mailbox.waitForEmail(2);
  const petitionCount = await apiCount(request, PETITION);

  // An address that signed nothing gets the same answer, and no email: it was asked for first, so
  // its email, had there been one, would have left the outbox no later than the signer's.
  const manage = new MySignaturesPage(page);
  const stranger = uniqueEmail("manage-stranger");
  await manage.askForLink(stranger);
  const strangerAnswer = (await manage.sent.innerText()).replace(stranger, "…");
  await manage.askForLink(email);
  expect((await manage.sent.innerText()).replace(email, "…")).toBe(strangerAnswer);
  const message = await mailbox.waitForEmail(3);
  expect(await new Mailbox(request, stranger).all()).toHaveLength(0);
  expect(message.subject).toBe("Your link to manage your signatures");
  const link = MANAGE_LINK.exec(message.text)?.[0];
  expect(link, "the email carries the link").toBeTruthy();
  expect(message.html).toContain(link!);

  // Opening it (as a mail scanner would, then the signer) changes nothing, and leaks nothing.
  const scanned = await request.get(link!);
  expect(scanned.status()).toBe(200);
  expect(scanned.headers()["cache-control"]).toContain("no-store");
  // The origin alone, never the path with the secret (and not no-referrer: lib/http/security-headers.mjs).
  expect(scanned.headers()["referrer-policy"]).toBe("strict-origin");
  expect(scanned.headers()["x-robots-tag"]).toContain("noindex");
  await page.goto(link!);
  await expect(manage.heading).toHaveText("Your signatures");
  await expect(manage.cards).toHaveCount(2);
  const petitionTitle = (await manage.cards.getByRole("heading").allInnerTexts()).find((title) => !/declaration|mayors/i.test(title));
  const petitionCard = manage.cards.filter({ has: page.getByRole("link", { name: petitionTitle }) });
  await expect(petitionCard.getByTestId("my-signature-status")).toHaveText("Confirmed");
  expect(await apiCount(request, PETITION), "opening the page withdrew nothing").toBe(petitionCount);

  await manage.withdraw(petitionTitle!);
  await expect(manage.cards).toHaveCount(1);
  expect(await apiCount(request, PETITION)).toBe(petitionCount - 1);
  await page.reload();
  expect(await apiCount(request, PETITION), "once").toBe(petitionCount - 1);

  const [download] = await Promise.all([page.waitForEvent("download"), manage.download.click()]);
  expect(download.suggestedFilename()).toBe("my-signatures.json");
  const data = JSON.parse(await readFile((await download.path())!, "utf8")) as { signatures: Record<string, unknown>[] };
  expect(data.signatures).toHaveLength(1);
  expect(data.signatures[0]).toMatchObject({ email, fullName: "Nour Manager", office: "mayor", municipality: "Lyon", status: "pending" });
  expect(data.signatures[0].consentedAt).toEqual(expect.any(String));
  expect(JSON.stringify(data)).not.toMatch(/hash|token/i);
});
