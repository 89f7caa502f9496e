import { expect, test } from "@playwright/test";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { uniqueId } from "./support/ids";
import { Mailbox } from "./support/mailbox";

// Issue #13: how long signers' personal data is kept after a campaign closes, and whether a
// declaration keeps its public list, set in the campaign's settings; the date shows once it closes.

test("an owner sets the retention and keeps a declaration's list; once closed, the settings and the page give the date", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  const slug = `retention-${uniqueId()}`.toLowerCase();
  await page.goto("/organizer/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill("Mayors for the inquiry");
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("A declaration of elected officials (asks their office and municipality)").check();
  await page.getByLabel("Summary (required to publish)", { exact: true }).fill("Mayors call for an inquiry.");
  await page.getByLabel("Statement (required to publish)", { exact: true }).fill("We, mayors, call for an inquiry.");
  await page.getByLabel("Decision makers (required to publish)", { exact: true }).fill("The authorities");
  await page.getByLabel("Goal", { exact: true }).fill("100");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/organizer/campaigns/${slug}/edit`));

  const retention = page.getByTestId("retention-fields");
  await expect(retention.getByTestId("retention-sentence")).toHaveText("Signers' personal data will be erased 6 months after the campaign closes.");
  const months = retention.getByLabel("Months to keep it after the campaign closes");
  await expect(months).toHaveValue("6");
  await expect(retention.getByLabel("Erase every name")).toBeChecked();

  // Refused next to the field, in the browser as on the server.
  await months.fill("61");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#campaign-retentionMonths-error")).toHaveText(/Enter a whole number of months from 1 to 60/);
  await expect(months).toHaveAttribute("aria-invalid", "true");

  await months.fill("12");
  await retention.getByLabel("Keep the names of signers who chose to be listed, with their office and municipality").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("campaign-saved")).toBeVisible();
  await page.reload();
  await expect(months).toHaveValue("12");
  await expect(retention.getByLabel("Keep the names of signers who chose to be listed, with their office and municipality")).toBeChecked();
  await expect(retention.getByTestId("retention-sentence")).toHaveText("Signers' personal data will be erased 12 months after the campaign closes.");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("lifecycle-result")).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.getByTestId("campaign-status")).toHaveText("closed");
  await page.reload();
  // A year from today, the day it closed.
  const inAYear = new Date();
  inAYear.setUTCFullYear(inAYear.getUTCFullYear() + 1);
  const date = inAYear.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  await expect(retention.getByTestId("retention-sentence")).toHaveText(`Signers' personal data will be erased on ${date}.`);

  // The public page is cached for a second and may be served stale once: read it until it is fresh.
  await expect(async () => {
    await page.goto(`/campaigns/${slug}`);
    await expect(page.getByTestId("data-erasure")).toHaveText(`Signers' personal data will be erased on ${date}; the counts stay.`, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await page.goto(`/fr/campaigns/${slug}`);
  await expect(page.getByTestId("data-erasure")).toContainText("Les données personnelles des signataires seront effacées le");
});
