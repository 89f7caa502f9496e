import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { Mailbox } from "./support/mailbox";

// A delivery pack in the browser (issue #14): an organizer prepares one, the section shows it
// being made and then its fingerprint, the public snapshot page shows the same fingerprint, and
// the PDF downloaded from it hashes to exactly that.

const SLUG = "mayors-declaration";

test("an organizer prepares a pack; the snapshot page shows its hash and the download matches it", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  await page.goto(`/organizer/campaigns/${SLUG}/delivery`);
  await expect(page.getByRole("heading", { level: 1, name: "Prepare delivery" })).toBeVisible();
  const before = await page.getByTestId("pack-hash").count();
  await page.getByRole("button", { name: "Prepare the pack" }).click();
  await expect(page).toHaveURL(/\/delivery\?queued=/);
  // The page reloads itself while the pack is made; the new pack's row shows its hash once made.
  const packs = page.getByTestId("delivery-packs");
  await expect(packs.locator("tbody tr").first()).toHaveAttribute("data-status", "finished", { timeout: 150_000 });
  await expect(page.getByTestId("pack-hash")).toHaveCount(before + 1);
  const shown = packs.locator("tbody tr").first().getByTestId("pack-hash");
  const hash = (await shown.getAttribute("data-sha256")) ?? "";
  await expect(shown).toHaveText(`${hash.slice(0, 16)}…`);
  expect(hash).toMatch(/^[0-9a-f]{64}$/);

  await packs.locator("tbody tr").first().getByRole("link", { name: "Public snapshot page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Delivery pack of / })).toBeVisible();
  await expect(page.getByTestId("snapshot-hash")).toHaveText(hash);
  await expect(page.getByTestId("snapshot-counts")).toContainText("2,000");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("snapshot-download").click()]);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(hash);
});
