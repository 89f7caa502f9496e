import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { APP_URL } from "../playwright.config";
import { Mailbox } from "../support/mailbox";

const escapedAppUrl = APP_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// The email links to our own page (app/[locale]/signin/link), whose button opens Auth.js's callback.
const MAGIC_LINK = new RegExp(`${escapedAppUrl}(?:/(?:fr|fa))?/signin/link\\?[^\\s"<]+`);

/** The sign-in page at /signin. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/signin");
  }

  get emailField() {
    return this.page.getByLabel("Email address");
  }

  async requestLink(email: string): Promise<void> {
    await this.emailField.fill(email);
    await this.page.getByRole("button", { name: "Email me a sign-in link" }).click();
  }

  get errorSummary() {
    return this.page.getByTestId("error-summary");
  }
}

/** The magic link of the n-th email (1-based) sent to `address`, read from the fake Resend server. */
export async function magicLink(request: APIRequestContext, address: string, nth: number): Promise<string> {
  const email = await new Mailbox(request, address).waitForEmail(nth);
  expect(email.subject).toMatch(/^Sign in to /);
  const link = MAGIC_LINK.exec(email.text)?.[0];
  expect(link, "a sign-in link on the app's own address").toBeTruthy();
  return link!;
}

/**
 * Signs in through the whole email flow: asks for a link, reads the email, opens the link.
 * `emailsBefore` is how many emails the address had already received.
 */
export async function signInByEmail(page: Page, request: APIRequestContext, email: string, emailsBefore = 0): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.requestLink(email);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openMagicLink(page, await magicLink(request, email, emailsBefore + 1));
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
}

/** Opens a sign-in link as its reader does: the page, then its button. */
export async function openMagicLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
}
