import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// An automated accessibility check (axe-core, WCAG 2.1 A and AA rules) of every public page kind.
// It finds what a machine can find — labels, contrast, landmarks, ARIA misuse — not everything.

const PAGES = [
  "/",
  "/campaigns/un-commission-of-inquiry",
  "/campaigns/mayors-declaration",
  "/campaigns/un-commission-of-inquiry/signatories",
  "/events/1988-massacre-commemoration-2017",
  "/events/paris-5th-district-conference-2017",
  "/embed/campaigns/un-commission-of-inquiry",
  "/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "/no-such-page",
];

for (const path of PAGES) {
  test(`${path} has no WCAG A/AA violations that axe can detect`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, summary.join("\n")).toEqual([]);
  });
}

test("the sign form with its errors shown has no violations axe can detect", async ({ page }) => {
  await page.goto("/campaigns/mayors-declaration");
  await page.getByRole("button", { name: "Sign" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  const results = await new AxeBuilder({ page }).include("form").withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
