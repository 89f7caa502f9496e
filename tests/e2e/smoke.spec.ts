import { expect, test } from "@playwright/test";

test("the app is up: the health check answers and the home page renders", async ({ page, request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Campaigns built on documented events");
  await expect(page.getByRole("link", { name: /international commission of inquiry/i })).toBeVisible();
  await expect(page.getByRole("link", { name: /declaration for an international investigation/i })).toBeVisible();
});
