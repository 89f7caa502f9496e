import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { Mailbox } from "./support/mailbox";

// The same automated check as accessibility.spec.ts (axe-core, WCAG 2.1 A and AA) over every
// organizer page kind, signed in as an admin, and over the forms with their errors shown.

const CAMPAIGN = "/organizer/campaigns/mayors-declaration";
const PAGES = [
  "/organizer",
  "/organizer/events",
  "/organizer/events/new",
  "/organizer/events/import",
  "/organizer/events/paris-5th-district-conference-2017",
  "/organizer/events/paris-5th-district-conference-2017/edit",
  "/organizer/campaigns/new?event=paris-5th-district-conference-2017&call=0",
  CAMPAIGN,
  `${CAMPAIGN}/edit`,
  `${CAMPAIGN}/preview`,
  `${CAMPAIGN}/dashboard`,
  `${CAMPAIGN}/offline`,
  `${CAMPAIGN}/updates`,
  `${CAMPAIGN}/translations`,
  `${CAMPAIGN}/moderation`,
  `${CAMPAIGN}/delivery`,
  "/admin",
  "/admin/audit",
];

async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe.configure({ mode: "serial" });

let storageState: Awaited<ReturnType<ReturnType<Page["context"]>["storageState"]>>;

test.beforeAll(async ({ browser, request }) => {
  const page = await browser.newPage();
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  storageState = await page.context().storageState();
  await page.close();
});

for (const path of PAGES) {
  test(`${path} has no WCAG A/AA violations that axe can detect`, async ({ browser }) => {
    const context = await browser.newContext({ storageState });
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const found = await violations(page);
    expect(found, found.join("\n")).toEqual([]);
    await context.close();
  });
}

test("the event and campaign forms with their errors shown have no violations axe can detect", async ({ browser }) => {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.goto("/organizer/events/new");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.locator(".error-summary").first()).toBeVisible();
  let found = await violations(page, "form");
  expect(found, found.join("\n")).toEqual([]);

  await page.goto("/organizer/campaigns/new");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator(".error-summary").first()).toBeVisible();
  found = await violations(page, "form");
  expect(found, found.join("\n")).toEqual([]);
  await context.close();
});
