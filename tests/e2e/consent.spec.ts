import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { TokenPage } from "./pages/token-page";
import { apiCount } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// OSDI has no consent field (issue #13): a signature from a client that follows the standard is
// kept without consent, its email says consent will be asked, and its confirmation page takes it
// with a required box before the signature counts.

const SLUG = "un-commission-of-inquiry";
const CONSENT = /^I agree that my name, email address/;
const CONSENT_REQUIRED = "Tick the box to give your consent: without it, your signature cannot be counted.";

async function petitionId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/osdi/v1/petitions");
  expect(response.ok()).toBe(true);
  const petitions = (await response.json())._embedded["osdi:petitions"] as { identifiers: string[]; browser_url: string }[];
  const petition = petitions.find((entry) => entry.browser_url.endsWith(`/campaigns/${SLUG}`));
  expect(petition, `the OSDI petition of ${SLUG}`).toBeTruthy();
  return petition!.identifiers[0].replace(/^petitions_app:/, "");
}

/** Signs through OSDI's Record Signature Helper without any consent field; returns the emailed confirmation link. */
async function signByOsdiWithoutConsent(request: APIRequestContext, email: string): Promise<string> {
  const id = await petitionId(request);
  const response = await request.post(`/api/osdi/v1/petitions/${id}/signatures/helper`, {
    data: {
      person: {
        given_name: "Osdi",
        family_name: "Signer",
        email_addresses: [{ address: email, primary: true }],
        postal_addresses: [{ country: "FR" }],
      },
    },
  });
  expect(response.status(), "accepted without a consent field").toBe(202);
  const message = await new Mailbox(request, email).waitForEmail();
  expect(message.text).toContain("The site where you signed did not pass on your consent");
  expect(message.text).toContain(`/campaigns/${SLUG}/privacy`);
  return confirmLink(message);
}

async function expectConsentBox(page: Page) {
  const confirmPage = new TokenPage(page);
  await expect(confirmPage.heading).toHaveText("Confirm your signature");
  const box = page.getByRole("checkbox", { name: CONSENT });
  await expect(box).not.toBeChecked();
  await expect(page.getByRole("main").getByRole("link", { name: "How your details are kept and used" })).toHaveAttribute(
    "href",
    `/campaigns/${SLUG}/privacy`,
  );
  return { confirmPage, box };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an OSDI signature counts only once its owner ticks the consent box on the confirmation page", async ({ page, request }) => {
      const before = await apiCount(request, SLUG);
      const link = await signByOsdiWithoutConsent(request, uniqueEmail(javaScriptEnabled ? "osdi-consent-js" : "osdi-consent-nojs"));
      await page.goto(link);
      const { confirmPage, box } = await expectConsentBox(page);

      // The browser refuses to send the form without the box; a forged or older browser's post gets
      // the server's refusal, tied to the box.
      await confirmPage.button("Confirm my signature").click();
      await expect(page).toHaveURL(link);
      await box.evaluate((input) => input.removeAttribute("required"));
      await confirmPage.button("Confirm my signature").click();
      const error = page.locator("#confirm-consent-error");
      await expect(error).toHaveText(`Error: ${CONSENT_REQUIRED}`);
      await expect(page.getByRole("checkbox", { name: CONSENT })).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("checkbox", { name: CONSENT })).toHaveAccessibleDescription(`Error: ${CONSENT_REQUIRED}`);
      expect(await apiCount(request, SLUG), "nothing counts without consent").toBe(before);

      await page.getByRole("checkbox", { name: CONSENT }).check();
      await confirmPage.press("Confirm my signature", SLUG);
      expect(new URL(page.url()).searchParams.get("confirmed")).toBe("1");
      expect(await apiCount(request, SLUG)).toBe(before + 1);

      await page.goto(link);
      await expect(confirmPage.heading).toHaveText("Your signature is already confirmed");
    });
  });
}

test("a signature given with consent on the form confirms with the button alone", async ({ page, request }) => {
  const email = uniqueEmail("form-consent");
  const response = await request.post(`/api/v1/campaigns/${SLUG}/signatures`, {
    data: { fullName: "Form Signer", email, country: "FR", consent: true },
  });
  expect(response.status()).toBe(202);
  await page.goto(confirmLink(await new Mailbox(request, email).waitForEmail()));
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(new TokenPage(page).button("Confirm my signature")).toBeVisible();
});

test("the privacy pages state the campaign's own fields and retention, in every language", async ({ page }) => {
  await page.goto(`/campaigns/mayors-declaration/privacy`);
  const kept = page.getByTestId("privacy-kept");
  await expect(kept).toContainText("your office;");
  await expect(kept).toContainText("the municipality where you hold office;");
  await expect(kept.locator("[data-detail]")).toHaveCount(3);
  await expect(page.getByTestId("privacy-retention")).toContainText("anonymised 6 months after the campaign closes");

  await page.goto(`/campaigns/${SLUG}/privacy`);
  await expect(kept.locator("[data-detail]")).toHaveText(["your country;", "your city or town, if you give it;"]);
  await expect(page.getByRole("link", { name: "privacy notice of the site" })).toHaveAttribute("href", "/privacy");

  await page.goto("/fa/privacy");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("حریم خصوصی");
  await page.goto("/fr/campaigns/mayors-declaration/privacy");
  await expect(page.getByTestId("privacy-retention")).toContainText("6 mois après la clôture");
  // Linked from every page's footer.
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Données personnelles" })).toHaveAttribute("href", "/fr/privacy");
});
