import { expect, type Page, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { apiCount, petitionSignature, signaturesUrl } from "./support/api";
import { uniqueEmail, uniqueId } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// The campaign page as a signer on a phone meets it (issue #11): the result of pressing Sign is
// where the reader is, with or without JavaScript; the note on who may sign goes once signed; the
// share links have a heading; a long name cannot push the public list sideways.

const PETITION = "un-commission-of-inquiry";
const DECLARATION = "mayors-declaration";
const PHONE = { width: 390, height: 844 };

async function inViewport(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  return box !== null && box.y >= 0 && box.y < PHONE.height;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("pressing Sign lands the reader on the errors, then on “Check your email”, not at the top of the page", async ({ page }) => {
    const campaign = new CampaignPage(page, PETITION);
    await campaign.goto();
    await campaign.signButton.click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).hash).toBe("#sign");
    expect(await page.evaluate(() => scrollY), "the page is scrolled to the form").toBeGreaterThan(0);
    expect(await inViewport(page, "error-summary"), "the error summary is on screen").toBe(true);

    await campaign.fill({ fullName: "Nadia No-Script", email: uniqueEmail("nojs"), country: "France", consent: true });
    await campaign.signButton.click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).hash).toBe("#sign");
    expect(await inViewport(page, "sign-result"), "“Check your email” is on screen").toBe(true);
  });
});

test("on the declaration, the note on who may sign is above the fields and goes once signed; sharing has a heading", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const campaign = new CampaignPage(page, DECLARATION);
  await campaign.goto();
  const note = campaign.form.getByText("This declaration is for elected officials");
  await expect(note).toBeVisible();
  const noteBox = await note.boundingBox();
  const nameBox = await campaign.fullName.boundingBox();
  expect(noteBox && nameBox && noteBox.y + noteBox.height <= nameBox.y, "the note comes before the first field").toBe(true);

  await campaign.fill({
    fullName: "Élise Maire",
    email: uniqueEmail("note"),
    country: "France",
    office: "Mayor",
    municipality: "Lyon",
    consent: true,
  });
  await campaign.signButton.click();
  await expect(campaign.result).toBeVisible();
  await expect(page.getByText("This declaration is for elected officials")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Ask others to sign" })).toBeVisible();
});

test("a listed signatory's long name without spaces wraps instead of widening the page at 390 px", async ({ page, request }) => {
  const email = uniqueEmail("longname");
  const longName = `Wolfeschlegelsteinhausenbergerdorff${uniqueId().replace(/[^a-z]/gi, "")}Maximilianus`;
  const signed = await request.post(signaturesUrl(PETITION), { data: petitionSignature(email, { fullName: longName, showName: true }) });
  expect(signed.status()).toBe(202);
  const confirmed = await request.post("/api/v1/confirmations", {
    data: { token: new URL(confirmLink(await new Mailbox(request, email).waitForEmail())).pathname.split("/").pop() },
  });
  expect(confirmed.status()).toBe(200);

  await page.setViewportSize(PHONE);
  // The list is regenerated at most a second after the confirmation.
  await expect(async () => {
    await page.goto(`/campaigns/${PETITION}/signatories?q=${encodeURIComponent(longName.slice(0, 30))}`);
    await expect(page.getByText(longName)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, "no horizontal scroll").toBeLessThanOrEqual(clientWidth);

  // The next specs read this campaign's page count against the API's: leave only once the cached
  // page (regenerated at most a second later) shows this confirmation too.
  const campaign = new CampaignPage(page, PETITION);
  await expect(async () => {
    await campaign.goto();
    expect(await campaign.readCount()).toBe(await apiCount(request, PETITION));
  }).toPass({ timeout: 15_000 });
});
