import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { signInByEmail } from "./pages/organizer-signin";
import { TokenPage } from "./pages/token-page";
import { ADMIN_EMAIL, APP_URL } from "./playwright.config";
import { apiCount } from "./support/api";
import { uniqueEmail, uniqueId } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// Issue #3's whole journey in one browser session: sign in by magic link, create an event by
// importing a report, start a campaign from one of its calls to action, preview and publish it,
// sign it as a member of the public, see the count on the dashboard, export the CSV, send an
// update to the signers and unsubscribe from it.

const REPORT = `Lisbon, 14 March 2024 - More than 300 people gathered at the Lisbon City Hall on 12 March 2024 for a
conference on the enforced disappearances in Sri Lanka. Maria Santos, a Portuguese member of the European Parliament,
opened the meeting. "The families have waited for too long," she said. Dr. Ahmed Karim, a forensic expert, described the
mass graves found in the north of the country. Maria Santos called on the UN High Commissioner for Human Rights to open an
independent investigation into the disappearances. The participants also urged the European Union to suspend its trade
preferences until the families receive answers.`;

const escapedAppUrl = APP_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("an organizer builds a campaign from an imported report and runs it to an update", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const adminMailbox = new Mailbox(request, ADMIN_EMAIL);
  await signInByEmail(page, request, ADMIN_EMAIL, (await adminMailbox.all()).length);

  // Import: the draft is read from the text and filled in; nothing is saved until "Save event".
  await page.getByRole("link", { name: "Events", exact: true }).click();
  await page.getByRole("link", { name: "Import an event from a report" }).click();
  await page.getByLabel("Text of the report").fill(REPORT);
  await page.getByRole("button", { name: "Read the report" }).click();
  const title = page.getByLabel("Title", { exact: true });
  await expect(title).not.toHaveValue("");
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue("2024-03-12");
  await expect(page.getByLabel("Place", { exact: true })).toHaveValue(/Lisbon City Hall/);
  await title.fill(`Lisbon conference on the disappearances ${uniqueId()}`);
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(/\/organizer\/events\/[a-z0-9-]+$/);
  await expect(page.getByRole("main")).toContainText("UN High Commissioner for Human Rights");

  // A campaign from the first call to action: statement and decision makers come pre-filled.
  await page.getByRole("link", { name: "Start a campaign from this call" }).first().click();
  await expect(page).toHaveURL(/\/organizer\/campaigns\/new\?event=/);
  await expect(page.getByLabel("Statement (required to publish)", { exact: true })).toHaveValue(/UN High Commissioner for Human Rights/);
  await expect(page.getByLabel("Decision makers (required to publish)", { exact: true })).toHaveValue(/UN High Commissioner for Human Rights/);
  const slug = `lisbon-inquiry-${uniqueId()}`.toLowerCase();
  await page.getByLabel("Title", { exact: true }).fill("Call for an independent investigation");
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Summary (required to publish)", { exact: true }).fill("Ask the High Commissioner to investigate the disappearances.");
  await page.getByLabel("Goal", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/organizer/campaigns/${slug}/edit`));

  // A draft is not public; its preview is, for the team.
  expect((await request.get(`/campaigns/${slug}`)).status()).toBe(404);
  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByText("Preview — not published")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Call for an independent investigation", level: 1 })).toBeVisible();
  await page.goBack();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("lifecycle-result")).toBeVisible();
  await expect.poll(async () => (await request.get(`/campaigns/${slug}`)).status()).toBe(200);

  // A member of the public signs and confirms, asking for updates.
  const signerContext = await browser.newContext();
  const signerPage = await signerContext.newPage();
  const campaign = new CampaignPage(signerPage, slug);
  const signer = uniqueEmail("journey");
  await campaign.goto();
  await signerPage.getByLabel("Email me updates about this campaign (optional).").check();
  await campaign.sign({ fullName: '=HYPERLINK("x") Ana Lopes', email: signer, country: "Portugal" });
  const signerMailbox = new Mailbox(request, signer);
  const confirmation = await signerMailbox.waitForEmail(1);
  const token = new TokenPage(signerPage);
  await token.open(confirmLink(confirmation));
  await token.press("Confirm my signature", slug);
  await expect.poll(() => apiCount(request, slug)).toBe(1);

  // The dashboard counts it.
  await page.goto(`/organizer/campaigns/${slug}/dashboard`);
  await expect
    .poll(async () => {
      await page.reload();
      return (await page.getByTestId("dashboard-confirmed").innerText()).trim();
    })
    .toBe("1");
  // Its country on the world map, drawn into the page beside the table (issue #14). The breakdowns
  // are kept up to 5 s (lib/tallies/breakdowns.ts), apart from the count, so they may follow it a
  // few seconds later: reloaded until they do.
  const worldMap = page.getByRole("img", { name: /World map of the confirmed signatures by country/ });
  await expect
    .poll(
      async () => {
        await page.reload();
        return worldMap.isVisible();
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(await page.getByTestId("map-world").locator("img").getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);

  // The export: the opted-in signer's address is there, the formula is defused.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export signatures (CSV)" }).click();
  const download = await downloadPromise;
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toContain(signer);
  expect(csv).toContain(`'=HYPERLINK`);
  expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

  // An update: draft, test to myself, send, and the signer unsubscribes from it.
  await page.getByRole("link", { name: "Updates to signers" }).click();
  const subject = `Delivered to Geneva ${uniqueId()}`;
  await page.getByLabel("Subject", { exact: true }).fill(subject);
  await page.getByLabel("Message", { exact: true }).fill("We handed the signatures to the High Commissioner's office today.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("mailing-preview-subject")).toHaveText(subject);
  const adminEmails = (await adminMailbox.all()).length;
  await page.getByRole("button", { name: "Send a test to me" }).click();
  await expect(page.getByTestId("mailing-test-sent")).toBeVisible();
  expect((await adminMailbox.waitForEmail(adminEmails + 1)).subject).toBe(`[Test] ${subject}`);
  await page.getByLabel("I have checked the preview").check();
  // Sending asks first (a ConfirmButton): accept the browser's dialog.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Send to 1 signer" }).click();
  await expect(page.getByTestId("mailing-status")).toHaveText(/^(sending|sent)$/);

  const update = await signerMailbox.waitForEmail(2);
  expect(update.subject).toBe(subject);
  expect(update.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  expect(update.headers["List-Unsubscribe"]).toMatch(new RegExp(`<${escapedAppUrl}/api/unsubscribe/[^>]+>`));
  const unsubscribePage = new RegExp(`${escapedAppUrl}/unsubscribe/[A-Za-z0-9_.-]+`).exec(update.text)?.[0];
  expect(unsubscribePage, "an unsubscribe link in the update").toBeTruthy();
  await signerPage.goto(unsubscribePage!);
  await signerPage.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(signerPage.getByTestId("unsubscribe-done")).toContainText("You will not receive further updates from this campaign.");
  await signerContext.close();

  // Nobody is left to send the next update to.
  await page.goto(`/organizer/campaigns/${slug}/updates`);
  await expect(page.getByRole("main")).toContainText("0 confirmed signers have");
});
