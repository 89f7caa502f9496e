import { expect, type Locator, type Page } from "@playwright/test";

/** /confirm/<token> and /withdraw/<token>: a page that changes nothing until its button is pressed. */
export class TokenPage {
  readonly heading: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.error = page.getByTestId("token-error");
  }

  async open(link: string): Promise<void> {
    const response = await this.page.goto(link);
    expect(response?.status()).toBe(200);
  }

  button(name: "Confirm my signature" | "Withdraw my signature"): Locator {
    return this.page.getByRole("main").getByRole("button", { name, exact: true });
  }

  /** Presses the button and waits for the redirect back to the campaign page. */
  async press(name: "Confirm my signature" | "Withdraw my signature", campaignSlug: string): Promise<void> {
    await this.button(name).click();
    await this.page.waitForURL((url) => url.pathname === `/campaigns/${campaignSlug}`);
  }
}
