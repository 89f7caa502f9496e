import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { fetchCampaignJson } from "./support/api";
import { Mailbox } from "./support/mailbox";

// Paper signatures in the browser: a good file imports whole, a file with bad rows imports nothing
// and says which lines to fix, and a 50 MB file is turned back with a clear message, with or
// without JavaScript.

const SLUG = "un-commission-of-inquiry";
const OFFLINE = `/organizer/campaigns/${SLUG}/offline`;
const fixture = (name: string) => path.join(import.meta.dirname, "..", "fixtures", "csv", name);
// Playwright passes files over 50 MB only by path.
const FIFTY_MB = path.join(tmpdir(), `petitions-e2e-huge-${process.pid}.csv`);

test.beforeAll(async () => {
  await writeFile(FIFTY_MB, Buffer.alloc(50 * 1024 * 1024, "a"));
});
test.afterAll(async () => {
  await rm(FIFTY_MB, { force: true });
});

async function signInAsAdmin(page: Page, request: Parameters<typeof signInByEmail>[1]) {
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
}

async function fillImport(page: Page, file: string) {
  const form = page.getByRole("form", { name: "Import paper signatures from a CSV file" });
  await form.getByLabel("Where the signatures come from").fill("Sheets from the Geneva rally");
  await form.getByLabel("Description shown on the campaign page").fill("Signed on paper at the rally");
  await form.getByLabel("CSV file of paper signatures").setInputFiles(file);
  return form;
}

test("a good file is imported whole and counted apart; a file with bad rows imports nothing and lists them", async ({ page, request }) => {
  await signInAsAdmin(page, request);
  const before = (await fetchCampaignJson(request, SLUG)).json;

  await page.goto(OFFLINE);
  let form = await fillImport(page, fixture("bad-rows.csv"));
  await form.getByRole("button", { name: "Import the signatures" }).click();
  const report = page.getByTestId("rejection-report");
  await expect(report).toBeVisible();
  await expect(report).toContainText("Nothing was imported");
  await expect(report.getByRole("rowheader", { name: "3", exact: true })).toBeVisible();
  expect((await fetchCampaignJson(request, SLUG)).json.offlineSignatureCount).toBe(before.offlineSignatureCount);

  await page.goto(OFFLINE);
  form = await fillImport(page, fixture("paper-petition.csv"));
  await form.getByRole("button", { name: "Import the signatures" }).click();
  await expect(page.getByTestId("import-result")).toContainText(/Imported \d+ paper signatures/);
  const imported = Number(/Imported (\d+)/.exec(await page.getByTestId("import-result").innerText())![1]);
  expect(imported).toBeGreaterThan(0);
  await expect.poll(async () => (await fetchCampaignJson(request, SLUG)).json.offlineSignatureCount).toBe(before.offlineSignatureCount + imported);
  const after = (await fetchCampaignJson(request, SLUG)).json;
  expect(after.signatureCount).toBe(after.onlineSignatureCount + after.offlineSignatureCount);
});

test("a 50 MB file gets an error next to the field and is never sent", async ({ page, request }) => {
  await signInAsAdmin(page, request);
  await page.goto(OFFLINE);
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  const form = await fillImport(page, FIFTY_MB);
  await form.getByRole("button", { name: "Import the signatures" }).click();
  const field = form.getByLabel("CSV file of paper signatures");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("at most 5 MB");
  expect(posts).toEqual([]);
});

test.describe("without JavaScript", () => {
  test("a 50 MB upload comes back to the page with a clear message, and nothing is imported", async ({ browser, page, request }) => {
    await signInAsAdmin(page, request);
    const before = (await fetchCampaignJson(request, SLUG)).json.offlineSignatureCount;
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await noScript.newPage();
    await plain.goto(OFFLINE);
    const form = await fillImport(plain, FIFTY_MB);
    await form.getByRole("button", { name: "Import the signatures" }).click();
    await expect(plain).toHaveURL(/\?upload=too-large$/);
    await expect(plain.getByTestId("upload-too-large")).toContainText("too large to be sent");
    expect((await fetchCampaignJson(request, SLUG)).json.offlineSignatureCount).toBe(before);
    await noScript.close();
  });
});
