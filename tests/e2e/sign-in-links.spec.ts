import { expect, test } from "@playwright/test";
import { magicLink, openMagicLink, SignInPage } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { uniqueEmail } from "./support/ids";
import { Mailbox } from "./support/mailbox";

// Issue #13, finding 5: sign-in links survive mail scanners, and nobody can have them sent
// without end.

test("opening the emailed link spends nothing; its button signs the reader in", async ({ page, request }) => {
  const emailsBefore = (await new Mailbox(request, ADMIN_EMAIL).all()).length;
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.requestLink(ADMIN_EMAIL);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await magicLink(request, ADMIN_EMAIL, emailsBefore + 1);
  // What a mail scanner does: fetch the link, twice.
  for (let i = 0; i < 2; i++) expect((await request.get(link)).status()).toBe(200);
  await page.goto(link);
  await expect(page.getByText(`Sign in to the organizers’ pages as ${ADMIN_EMAIL}?`)).toBeVisible();
  await openMagicLink(page, link);
  await expect(page.getByTestId("signed-in-as")).toHaveText(ADMIN_EMAIL);
});

test("a link missing its token is explained, not followed", async ({ page }) => {
  await page.goto(`/signin/link?email=${encodeURIComponent(ADMIN_EMAIL)}`);
  await expect(page.getByTestId("signin-link-invalid")).toContainText("This sign-in link is incomplete");
  await expect(page.getByRole("button", { name: "Sign in" })).toHaveCount(0);
});

test.describe("with the limit on", () => {
  let app: AppInstance;
  test.beforeAll(async () => {
    app = await startAppInstance(3104, { RATE_LIMIT_SIGN_IN_LINKS_PER_HOUR: "2" });
  });
  test.afterAll(async () => {
    await app?.stop();
  });

  test("an address asked for too often is told when to try again, and no email goes out", async ({ page, request }) => {
    const email = uniqueEmail("too-many-links");
    const ask = async () => {
      await page.goto(`${app.url}/signin`);
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    };
    await ask();
    await expect(page.getByRole("status")).toContainText("If this address belongs to an organizer or an admin");
    await ask();
    await expect(page.getByTestId("error-summary")).toContainText("Too many sign-in links were asked for. Try again in");
    expect(await new Mailbox(request, email).all()).toHaveLength(0);
  });
});
