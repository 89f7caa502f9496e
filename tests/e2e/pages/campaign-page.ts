import { expect, type Locator, type Page } from "@playwright/test";

export type Signer = {
  fullName?: string;
  email?: string;
  /** The country's name as listed, e.g. "France". */
  country?: string;
  city?: string;
  /** The office's label, e.g. "Mayor". */
  office?: string;
  municipality?: string;
  consent?: boolean;
};

/** /campaigns/<slug>: the campaign, its live count and its sign form. */
export class CampaignPage {
  readonly count: Locator;
  readonly form: Locator;
  readonly fullName: Locator;
  readonly email: Locator;
  readonly country: Locator;
  readonly city: Locator;
  readonly office: Locator;
  readonly municipality: Locator;
  readonly consent: Locator;
  readonly consentGroup: Locator;
  readonly signButton: Locator;
  /** "Check your email": what every accepted signature gets, first time or not. */
  readonly result: Locator;
  readonly errorSummary: Locator;
  readonly confirmedNotice: Locator;
  readonly withdrawnNotice: Locator;

  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {
    const main = page.getByRole("main");
    this.count = main.getByTestId("signature-count");
    this.form = page.getByRole("form", { name: /^Sign: / });
    this.fullName = this.form.getByLabel("Full name", { exact: true });
    this.email = this.form.getByLabel("Email address", { exact: true });
    this.country = this.form.getByLabel("Country", { exact: true });
    this.city = this.form.getByLabel("City or town (optional)", { exact: true });
    this.office = this.form.getByLabel("Office", { exact: true });
    this.municipality = this.form.getByLabel("Municipality", { exact: true });
    this.consent = this.form.getByRole("checkbox", { name: /^I agree that my name, email address/ });
    this.consentGroup = this.form.getByRole("group", { name: "Your consent" });
    this.signButton = this.form.getByRole("button", { name: "Sign", exact: true });
    this.result = page.getByTestId("sign-result");
    this.errorSummary = page.getByTestId("error-summary");
    this.confirmedNotice = page.getByTestId("confirmed-notice");
    this.withdrawnNotice = page.getByTestId("withdrawn-notice");
  }

  get path(): string {
    return `/campaigns/${this.slug}`;
  }

  async goto(): Promise<void> {
    await this.page.goto(this.path);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** The total shown on the page ("2,000" reads as 2000). */
  async readCount(): Promise<number> {
    const text = (await this.count.innerText()).trim();
    expect(text).toMatch(/^\d{1,3}(,\d{3})*$/);
    return Number(text.replaceAll(",", ""));
  }

  async fill(signer: Signer): Promise<void> {
    if (signer.fullName !== undefined) await this.fullName.fill(signer.fullName);
    if (signer.email !== undefined) await this.email.fill(signer.email);
    if (signer.country !== undefined) await this.country.selectOption({ label: signer.country });
    if (signer.city !== undefined) await this.city.fill(signer.city);
    if (signer.office !== undefined) await this.office.selectOption({ label: signer.office });
    if (signer.municipality !== undefined) await this.municipality.fill(signer.municipality);
    if (signer.consent) await this.consent.check();
  }

  async submit(): Promise<void> {
    await this.signButton.click();
  }

  /** Fills and submits a valid signature and waits for "Check your email"; returns the result text. */
  async sign(signer: Signer): Promise<string> {
    await this.fill({ country: "France", consent: true, ...signer });
    await this.submit();
    await expect(this.result.getByRole("heading", { name: "Check your email" })).toBeVisible();
    return (await this.result.innerText()).trim();
  }

  /** The error shown under a field (by its input id suffix, e.g. "email"). */
  fieldError(field: string): Locator {
    return this.page.locator(`#sign-${field}-error`);
  }
}
