import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { MySignaturesPage } from "./pages/my-signatures-page";
import { TokenPage } from "./pages/token-page";
import { APP_URL } from "./playwright.config";
import { apiCount, fetchCampaignJson, petitionSignature, signaturesUrl } from "./support/api";
import { uniqueEmail, uniqueId } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// "Manage my signatures" (issue #13) without JavaScript: every step is a plain form or link. A signer
// of two campaigns asks for a link (an unknown address gets the same answer), opens it from the
// email, withdraws one signature, asks for a campaign's updates, and downloads their data, which
// holds their own signature and nothing of another signer of the same campaign.

test.use({ javaScriptEnabled: false });

const PETITION = "un-commission-of-inquiry";
const DECLARATION = "mayors-declaration";
const MANAGE_LINK = new RegExp(`${APP_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/signatures/manage/[A-Za-z0-9_-]{43}`);

type ExportedSignature = { campaign: { title: string; url: string }; email: string; fullName: string } & Record<string, unknown>;

test("without JavaScript, a signer sees both signatures, withdraws one, asks for updates and downloads only their own data", async ({
  page,
  request,
}) => {
  const id = uniqueId();
  const email = uniqueEmail("manage-nojs");
  const name = `Nour Nojs ${id}`;
  const mailbox = new Mailbox(request, email);
  // As the English page shows them; the declaration's original text is French.
  const [petitionTitle, declarationTitle, declarationOriginalTitle] = await Promise.all([
    fetchCampaignJson(request, PETITION, "en").then(({ json }) => json.title),
    fetchCampaignJson(request, DECLARATION, "en").then(({ json }) => json.title),
    fetchCampaignJson(request, DECLARATION).then(({ json }) => json.title),
  ]);

  await sign(request, PETITION, petitionSignature(email, { fullName: name, showName: true }));
  const confirmPage = new TokenPage(page);
  await confirmPage.open(confirmLink(await mailbox.waitForEmail(1)));
  await confirmPage.press("Confirm my signature", PETITION);
  await sign(request, DECLARATION, petitionSignature(email, { fullName: name, office: "mayor", municipality: "Lyon" }));
  await mailbox.waitForEmail(2);
  // Another signer of the same declaration, who asked for its updates.
  const other = uniqueEmail("manage-nojs-other");
  const otherName = `Other Signer ${id}`;
  await sign(request, DECLARATION, petitionSignature(other, { fullName: otherName, office: "mayor", municipality: "Lyon", optInUpdates: true }));
  const petitionCount = await apiCount(request, PETITION);

  // An address that signed nothing gets the same answer, and no email.
  const manage = new MySignaturesPage(page);
  const stranger = uniqueEmail("manage-nojs-stranger");
  await manage.askForLink(stranger);
  const strangerAnswer = (await manage.sent.innerText()).replace(stranger, "…");
  await manage.askForLink(email);
  expect((await manage.sent.innerText()).replace(email, "…")).toBe(strangerAnswer);
  const message = await mailbox.waitForEmail(3);
  expect(await new Mailbox(request, stranger).all()).toHaveLength(0);
  const link = MANAGE_LINK.exec(message.text)?.[0];
  expect(link, "the email carries the link").toBeTruthy();

  await page.goto(link!);
  await expect(manage.heading).toHaveText("Your signatures");
  await expect(manage.cards).toHaveCount(2);
  await expect(manage.card(petitionTitle).getByTestId("my-signature-status")).toHaveText("Confirmed");
  await expect(manage.card(declarationTitle).getByTestId("my-signature-status")).toHaveText(/^Not confirmed yet/);
  await expect(manage.card(declarationTitle).getByTestId("my-signature-updates")).toHaveText("No");

  // Without JavaScript there is no "are you sure": the button's label says what it does.
  await manage.card(petitionTitle).getByRole("button", { name: "Withdraw this signature" }).click();
  await expect(manage.done).toHaveText(/^Your signature is withdrawn/);
  await expect(manage.cards).toHaveCount(1);
  await expect(manage.card(petitionTitle)).toHaveCount(0);
  expect(await apiCount(request, PETITION), "a confirmed signature withdrawn no longer counts").toBe(petitionCount - 1);

  await manage.card(declarationTitle).getByRole("button", { name: "Send me updates" }).click();
  await expect(manage.done).toHaveText("Done: you will receive this campaign’s updates.");
  await expect(manage.card(declarationTitle).getByTestId("my-signature-updates")).toHaveText("Yes, you receive this campaign’s updates");

  const [download] = await Promise.all([page.waitForEvent("download"), manage.download.click()]);
  expect(download.suggestedFilename()).toBe("my-signatures.json");
  const raw = await readFile((await download.path())!, "utf8");
  const data = JSON.parse(raw) as { signatures: ExportedSignature[] };
  expect(data.signatures).toHaveLength(1);
  expect(data.signatures[0]).toMatchObject({
    campaign: { title: declarationOriginalTitle, url: `${APP_URL}/campaigns/${DECLARATION}` },
    email,
    fullName: name,
    office: "mayor",
    municipality: "Lyon",
    optInUpdates: true,
    status: "pending",
  });
  expect(raw, "the withdrawn signature is gone").not.toContain(petitionTitle);
  expect(raw, "nothing of the other signer").not.toContain(other);
  expect(raw).not.toContain(otherName);
  expect(raw).not.toMatch(/hash|token/i);
});

async function sign(request: APIRequestContext, slug: string, data: Record<string, unknown>): Promise<void> {
  const response = await request.post(signaturesUrl(slug), { data });
  expect(response.status()).toBe(202);
}
