import { expect, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { uniqueId } from "./support/ids";

// Issue #13: a likely typo in the address's domain is pointed out (never refused), and a disposable
// address is refused on its field.

const SLUG = "un-commission-of-inquiry";

test.describe("with JavaScript", () => {
  test("leaving the email field with gmial.com suggests gmail.com, and the button fixes the field", async ({ page }) => {
    const campaign = new CampaignPage(page, SLUG);
    await campaign.goto();
    const suggestion = page.getByTestId("email-suggestion");
    await campaign.email.fill(`ana-${uniqueId()}@gmial.com`);
    await expect(suggestion.locator("[aria-live=polite]")).toBeEmpty();
    await campaign.fullName.focus();
    await expect(suggestion.locator("[aria-live=polite]")).toHaveText("Did you mean gmail.com?");
    await expect(suggestion.locator("bdi[dir=ltr]").first()).toHaveText("gmail.com");

    await suggestion.getByRole("button", { name: "Use gmail.com" }).click();
    await expect(campaign.email).toHaveValue(/^ana-[a-z0-9]+@gmail\.com$/);
    await expect(campaign.email).toBeFocused();
    await expect(suggestion.getByRole("button")).toHaveCount(0);
    await expect(suggestion.locator("[aria-live=polite]")).toBeEmpty();
  });

  test("a correct address suggests nothing, and the suggestion reads left to right on a Persian page", async ({ page }) => {
    const campaign = new CampaignPage(page, SLUG);
    await campaign.goto();
    await campaign.email.fill(`ana-${uniqueId()}@gmail.com`);
    await campaign.fullName.focus();
    await expect(page.getByTestId("email-suggestion").getByRole("button")).toHaveCount(0);

    await page.goto(`/fa/campaigns/${SLUG}`);
    const email = page.locator("#sign-email");
    await email.fill(`ana-${uniqueId()}@yahou.fr`);
    await page.locator("#sign-fullName").focus();
    const suggestion = page.getByTestId("email-suggestion");
    await expect(suggestion.getByRole("button", { name: /yahoo\.fr/ })).toBeVisible();
    await expect(suggestion.locator("bdi[dir=ltr]").first()).toHaveText("yahoo.fr");
  });

  test("a disposable address is refused on the email field, in the reader's language", async ({ page }) => {
    const campaign = new CampaignPage(page, SLUG);
    await campaign.goto();
    await campaign.fill({ fullName: "Throwaway Tester", email: `t-${uniqueId()}@yopmail.com`, country: "France", consent: true });
    await campaign.submit();
    await expect(campaign.fieldError("email")).toHaveText(
      "Error: Addresses from disposable email services are not accepted. Sign with an address you keep.",
    );
    await expect(campaign.email).toHaveAttribute("aria-invalid", "true");
    await expect(campaign.result).toHaveCount(0);

    await page.goto(`/fr/campaigns/${SLUG}`);
    await page.locator("#sign-fullName").fill("Testeur Jetable");
    await page.locator("#sign-email").fill(`t-${uniqueId()}@yopmail.com`);
    await page.locator("#sign-country").selectOption("FR");
    await page.locator("#sign-consent").check();
    await page.locator("form button[type=submit]").click();
    await expect(page.locator("#sign-email-error")).toContainText("Les adresses e-mail jetables ne sont pas acceptées.");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an accepted address with a likely typo gets a hint on “Check your email”, with the domain only", async ({ page }) => {
    const campaign = new CampaignPage(page, SLUG);
    await campaign.goto();
    const local = `ana-${uniqueId()}`;
    await campaign.sign({ fullName: "Ana No-Script", email: `${local}@hotmial.fr` });
    const check = page.getByTestId("email-domain-check");
    await expect(check).toHaveText("We sent the link to …@hotmial.fr. Did you mean hotmail.fr? Sign again with the right address.");
    expect(await page.content()).not.toContain(local);

    await check.getByRole("link", { name: "Sign again with the right address." }).click();
    await expect(campaign.email).toBeVisible();
    await expect(campaign.result).toHaveCount(0);
  });

  // Many misspellings of big providers are registered as throwaway inboxes: refused, with what was meant.
  test("gmial.com, a throwaway domain, is refused on the field with the likely correction", async ({ page }) => {
    const campaign = new CampaignPage(page, SLUG);
    await campaign.goto();
    await campaign.fill({ fullName: "Ana No-Script", email: `ana-${uniqueId()}@gmial.com`, country: "France", consent: true });
    await campaign.submit();
    await expect(campaign.fieldError("email")).toHaveText("Error: Addresses at gmial.com are not accepted. Did you mean gmail.com?");
    await expect(campaign.result).toHaveCount(0);
  });

  test("a correct address gets no hint", async ({ page }) => {
    const campaign = new CampaignPage(page, SLUG);
    await campaign.goto();
    await campaign.sign({ fullName: "Ana No-Script", email: `ana-${uniqueId()}@gmail.com` });
    await expect(page.getByTestId("email-domain-check")).toHaveCount(0);
  });
});
