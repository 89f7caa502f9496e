import { expect, type Locator, type Page } from "@playwright/test";

/** /signatures/manage (ask for a link) and /signatures/manage/<token> (the signer's private page). */
export class MySignaturesPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly sendButton: Locator;
  readonly sent: Locator;
  readonly cards: Locator;
  readonly done: Locator;
  readonly download: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = page.getByRole("heading", { level: 1 });
    this.email = main.getByLabel("Email address", { exact: true });
    this.sendButton = main.getByRole("button", { name: "Email me a link" });
    this.sent = page.getByTestId("manage-link-sent");
    this.cards = main.getByTestId("my-signature");
    this.done = page.getByTestId("manage-done");
    this.download = main.getByRole("link", { name: "Download my data" });
  }

  async askForLink(email: string): Promise<void> {
    await this.page.goto("/signatures/manage");
    await this.email.fill(email);
    await this.sendButton.click();
    await expect(this.sent.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }

  /** The card of the signature on the campaign titled `title`. */
  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  /** Withdraws a signature, accepting the browser's "are you sure", and waits for the notice. */
  async withdraw(title: string): Promise<void> {
    this.page.once("dialog", (dialog) => void dialog.accept());
    await this.card(title).getByRole("button", { name: "Withdraw this signature" }).click();
    await expect(this.done).toHaveText(/Your signature is withdrawn/);
  }
}
