import { expect, type Page, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { signInByEmail } from "./pages/organizer-signin";
import { TokenPage } from "./pages/token-page";
import { ADMIN_EMAIL } from "./playwright.config";
import { apiCount } from "./support/api";
import { uniqueEmail, uniqueId } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// The proof of work (issue #13): an owner switches it on in the campaign's settings; a browser with
// JavaScript solves it in the background while its signer fills the form in, and the signature
// counts once confirmed; a browser without JavaScript still signs, but the signature is held for the
// organizers. At the default difficulty, under the campaign page's Content-Security-Policy.

test.describe.configure({ mode: "serial" });

const slug = `pow-${uniqueId()}`.toLowerCase();

function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function confirm(page: Page, request: Parameters<typeof apiCount>[0], email: string) {
  const confirmPage = new TokenPage(page);
  await confirmPage.open(confirmLink(await new Mailbox(request, email).waitForEmail()));
  await confirmPage.press("Confirm my signature", slug);
}

test("an owner switches the proof of work on in the campaign's settings", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  await page.goto("/organizer/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill("Stop the fake signatures");
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Summary (required to publish)", { exact: true }).fill("A petition that asks for a proof of work.");
  await page.getByLabel("Statement (required to publish)", { exact: true }).fill("We ask for a proof of work.");
  await page.getByLabel("Decision makers (required to publish)", { exact: true }).fill("The authorities");
  await page.getByLabel("Goal", { exact: true }).fill("100");
  const fields = page.getByTestId("proof-of-work-fields");
  await expect(fields.getByRole("radio", { name: "Off", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/organizer/campaigns/${slug}/edit`));

  await fields.getByRole("radio", { name: "On for every signature" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("campaign-saved")).toBeVisible();
  await page.reload();
  await expect(fields.getByRole("radio", { name: "On for every signature" })).toBeChecked();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("lifecycle-result")).toBeVisible();
});

test("with JavaScript the widget solves the challenge before the form is sent, and the signature counts once confirmed", async ({
  page,
  request,
}) => {
  const violations = collectViolations(page);
  const campaign = new CampaignPage(page, slug);
  await campaign.goto();
  const widget = campaign.form.getByTestId("proof-of-work");
  // A labelled checkbox, operable from the keyboard; its state is read out by a live region.
  const checkbox = widget.getByRole("checkbox", { name: "Check that a person is signing" });
  await expect(checkbox).toBeVisible();
  const before = await apiCount(request, slug);
  const email = uniqueEmail("pow-js");
  const started = Date.now();
  await campaign.fullName.focus();
  await expect(widget.getByTestId("proof-of-work-status")).toHaveText("Check complete: you can sign.", { timeout: 30_000 });
  test.info().annotations.push({ type: "solved in", description: `${Date.now() - started} ms` });
  await campaign.sign({ fullName: "Solved Signer", email });
  await confirm(page, request, email);
  await expect.poll(() => apiCount(request, slug)).toBe(before + 1);
  expect(violations).toEqual([]);
});

test("sent before the widget is done, the form waits for it", async ({ page, request }) => {
  const campaign = new CampaignPage(page, slug);
  await campaign.goto();
  const before = await apiCount(request, slug);
  const email = uniqueEmail("pow-fast");
  // Filled and sent at once: the check starts with the first field, and is still running.
  await campaign.sign({ fullName: "Fast Signer", email });
  await confirm(page, request, email);
  await expect.poll(() => apiCount(request, slug)).toBe(before + 1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still signs, and says why the signature will be checked; the signature is held, not counted", async ({ page, request }) => {
    const campaign = new CampaignPage(page, slug);
    await campaign.goto();
    // Playwright's text matching skips <noscript>; its inner text is what this browser shows.
    await expect(campaign.form.getByTestId("proof-of-work")).toContainText(
      "Without JavaScript, this browser cannot do the automatic check against fake signatures",
      {
        useInnerText: true,
      },
    );
    const before = await apiCount(request, slug);
    const email = uniqueEmail("pow-nojs");
    await campaign.sign({ fullName: "Scriptless Signer", email });
    await confirm(page, request, email);
    await expect(page).toHaveURL(new RegExp(`/campaigns/${slug}`));
    expect(await apiCount(request, slug)).toBe(before);
  });
});

test("the held signature waits on the moderation page, named by its reason", async ({ page, request }) => {
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  await page.goto(`/organizer/campaigns/${slug}/moderation`);
  const row = page.getByTestId("held-signatures").getByRole("row").filter({ hasText: "Scriptless Signer" });
  await expect(row).toContainText("Signed without the browser check (JavaScript off or blocked)");
  await expect(page.getByTestId("held-signatures").getByRole("row").filter({ hasText: "Solved Signer" })).toHaveCount(0);
});
