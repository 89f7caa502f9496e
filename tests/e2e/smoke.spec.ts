import { expect, test } from "@playwright/test";

test("the home page lists the seeded campaigns with their counts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Campaigns built on documented events");
  await expect(page.getByRole("link", { name: /international commission of inquiry/i })).toBeVisible();
  await expect(page.getByRole("link", { name: /declaration for an international investigation/i })).toBeVisible();
});
