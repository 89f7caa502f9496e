import AxeBuilder from "@axe-core/playwright";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { expect, type Locator, test, type APIRequestContext, type Page } from "@playwright/test";
import { generatedOfficial, registerFile, type GeneratedOfficial } from "../fixtures/register-file";
import { publishNewPetition } from "./pages/new-campaign-page";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL, APP_URL } from "./playwright.config";
import { signaturesUrl } from "./support/api";
import { uniqueEmail, uniqueId } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// The national register of elected officials (issue #14), as an admin and a campaign's team use it:
// a generated extract in the official 16-column layout is uploaded with its progress shown; a
// malformed file and a file over the size limit are refused with a message and leave nothing; a
// mayor who chose her commune with the picker is verified; a councillor whose office differs is
// confirmed by the team and the campaign's public list then carries the mark with its sentence;
// an official missing from a newer extract is flagged as having left office.

const CHAMONIX = { code: "74056", name: "Chamonix-Mont-Blanc" };
const LYON = { code: "69123", name: "Lyon" };
const PARIS_5 = { code: "75105", name: "Paris 5e Arrondissement" };

const HELENE: GeneratedOfficial = { departement: "74", commune: CHAMONIX.code, surname: "LEFÈVRE", firstName: "Hélène", fonction: "Maire" };
const PAUL: GeneratedOfficial = { departement: "69", commune: LYON.code, surname: "MARTIN", firstName: "Paul", fonction: "Maire" };
const JEAN: GeneratedOfficial = { departement: "75", commune: PARIS_5.code, surname: "DUPONT", firstName: "Jean", fonction: "" };

// Enough rows that the import takes a few seconds and its progress can be seen moving.
const GENERATED_ROWS = 150_000;
const MARK_SENTENCE = (date: string) => `Verified against the national register of elected officials, extract of ${date}`;

test("an admin imports extracts of the register, and a campaign's officials are verified, reviewed, marked and flagged", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(300_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  const slug = `register-${uniqueId()}`.toLowerCase();
  await publishNewPetition(page, { slug, title: `Mayors for the register ${slug}`, declaration: true });

  // A mayor signs in the browser and chooses her commune from the picker; two officials sign through the API.
  await signWithThePicker(page, slug, "Hélène Lefèvre");
  await signByApi(request, slug, "Paul Martin", "municipal-councillor", LYON);
  await signByApi(request, slug, "Jean Dupont", "municipal-councillor", PARIS_5);

  const admin = new RegisterAdminPage(page);
  await admin.goto();

  // Progress, then completion; the page then stays put (it once refreshed itself for ever).
  const big = testInfo.outputPath("elus-municipaux-cm-2026-03-31.csv");
  await writeLargeExtract(big, [HELENE, PAUL, JEAN]);
  await admin.upload(big, "2026-03-31");
  await expect(admin.progress).toContainText("Importing… Keep this page open.");
  await expect(admin.progress.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await expect(admin.progress, "the number of rows imported so far is shown while the file is read").toContainText(/[1-9][\d,]* officials imported/, {
    timeout: 30_000,
  });
  // Another admin's page opened during the import shows it under way, and refreshes itself until it ends.
  const watcher = await page.context().newPage();
  await watcher.goto("/admin/register");
  await expect(watcher.getByTestId("register-extracts").getByRole("row").nth(1)).toContainText("Importing");

  await expect(admin.done).toHaveText(
    `Imported ${(GENERATED_ROWS + 3).toLocaleString("en")} officials. Signatures are checked against the new extract.`,
    { timeout: 90_000 },
  );
  await expect(admin.progress.getByRole("progressbar")).toHaveCount(0);
  await expect(admin.submit).toBeEnabled();
  await expect(admin.extractRow("31 March 2026")).toContainText("Imported");
  await expectNoMoreReloads(page);
  await expect(watcher.getByTestId("register-extracts").getByRole("row").nth(1)).toContainText("Imported", { timeout: 10_000 });
  await expectNoMoreReloads(watcher);
  await watcher.close();

  // A malformed file: refused whole, with the line that is wrong; nothing of it is kept.
  const malformed = `${registerFile([HELENE, PAUL])}74;Haute-Savoie;;;74056;Chamonix;ONLY;a few;columns\r\n`;
  await admin.upload({ name: "elus-malformed.csv", mimeType: "text/csv", buffer: Buffer.from(malformed) }, "2026-04-30");
  await expect(admin.refused).toHaveText("The file was not imported: line 4 does not have as many columns as the header");
  await expect(admin.extractRow("30 April 2026")).toContainText("Failed");
  await expect(admin.extractRow("30 April 2026").getByRole("cell").last(), "no official of it was kept").toHaveText("0");
  await expectNoAxeViolations(page, "the import page with a refused file");

  // A file over the documented limit (200 MB, said beside the field) is refused before it is sent…
  await expect(page.getByText("at most 200 MB")).toBeVisible();
  const huge = testInfo.outputPath("elus-huge.csv");
  const handle = await open(huge, "w");
  await handle.truncate(201 * 1024 * 1024);
  await handle.close();
  await admin.upload(huge, "2026-05-31");
  await expect(page.locator("#register-file-error")).toContainText("The file is larger than 200 MB");
  await expect(admin.extractRow("31 May 2026")).toHaveCount(0);
  // …and by the server, from its announced size, without reading it, when the page's script does not run.
  const answer = await postOversizedUpload(await sessionCookie(page));
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body)).toEqual({ fieldErrors: { file: 'register.errors.tooLarge?{"max":200}' } });
  await page.reload();
  await expect(admin.extractRow("31 May 2026"), "a refused upload leaves no extract behind").toHaveCount(0);

  // The campaign's team sees the matches and confirms the one to review.
  const review = new RegisterReviewPage(page, slug);
  await review.goto();
  await expect(review.row("Hélène Lefèvre")).toHaveAttribute("data-result", "verified");
  await expect(review.row("Hélène Lefèvre")).toContainText(`${CHAMONIX.name} (${CHAMONIX.code})`);
  await expect(review.row("Jean Dupont")).toHaveAttribute("data-result", "verified");
  await expect(review.row("Paul Martin")).toHaveAttribute("data-result", "review");
  await expect(review.row("Paul Martin")).toContainText("The office differs");
  await expect(review.row("Paul Martin")).toContainText("Paul Martin, Mayor");
  await expectNoAxeViolations(page, "the register tab");
  await review.row("Paul Martin").getByRole("button", { name: "Confirm" }).click();
  await expect(review.row("Paul Martin")).toContainText("Confirmed by the team");

  // The public list: the badge on each verified row, the whole sentence visible above the list.
  const campaignPage = `/campaigns/${slug}`;
  await page.goto(campaignPage);
  const list = page.locator("section[aria-labelledby='signatories']");
  await expect(list.getByTestId("register-legend")).toHaveText(`✓ register-verified${MARK_SENTENCE("31 March 2026")}`);
  await expectReadable(list.getByTestId("register-legend").getByText(MARK_SENTENCE("31 March 2026"), { exact: true }));
  for (const name of ["Hélène Lefèvre", "Paul Martin", "Jean Dupont"]) {
    await expect(list.getByRole("listitem").filter({ hasText: name }).getByTestId("register-mark")).toBeVisible();
  }
  // The counts by département name each département.
  const counts = page.getByTestId("register-counts");
  await expect(counts.getByRole("rowheader")).toHaveText(["69 – Rhône", "74 – Haute-Savoie", "75 – Paris"]);

  // A newer extract without Jean Dupont: he is flagged as having left office, and loses his mark.
  await admin.goto();
  await admin.upload(
    { name: "elus-municipaux-cm-2026-06-30.csv", mimeType: "text/csv", buffer: Buffer.from(registerFile([HELENE, PAUL], { separator: "\t" })) },
    "2026-06-30",
  );
  await expect(admin.done).toContainText("Imported 2 officials");
  await review.goto();
  await expect(review.row("Jean Dupont")).toHaveAttribute("data-result", "left-office");
  await expect(review.row("Jean Dupont")).toContainText("Left office");
  await expect(review.row("Jean Dupont")).toContainText("Listed before as Jean Dupont, Municipal councillor");
  await expect(review.row("Jean Dupont")).toContainText("not in the extract of 30 June 2026");
  await expect(review.row("Hélène Lefèvre")).toHaveAttribute("data-result", "verified");
  await expect(review.row("Paul Martin"), "the team's answer holds while the register shows the same difference").toContainText(
    "Confirmed by the team",
  );
  await page.goto(campaignPage);
  await expect(list.getByRole("listitem").filter({ hasText: "Jean Dupont" }).getByTestId("register-mark")).toHaveCount(0);
  await expectReadable(list.getByTestId("register-legend").getByText(MARK_SENTENCE("30 June 2026"), { exact: true }));
  await expect(list.getByRole("listitem").filter({ hasText: "Hélène Lefèvre" }).getByTestId("register-mark")).toBeVisible();
});

/** The admin's register page and its upload form. */
class RegisterAdminPage {
  constructor(private readonly page: Page) {}

  goto() {
    return this.page.goto("/admin/register");
  }

  get progress() {
    return this.page.getByTestId("register-progress");
  }

  get done() {
    return this.page.getByTestId("register-done");
  }

  get refused() {
    return this.page.getByTestId("register-refused");
  }

  get submit() {
    return this.page.getByRole("button", { name: "Upload and import" });
  }

  extractRow(date: string) {
    return this.page
      .getByTestId("register-extracts")
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: date }) });
  }

  async upload(file: string | { name: string; mimeType: string; buffer: Buffer }, extractDate: string) {
    await this.page.getByLabel("Municipal councillors (all mayors, deputy mayors and councillors)").check();
    await this.page.getByLabel("Date of the extract").fill(extractDate);
    await this.page.getByLabel("Register file (CSV)").setInputFiles(file);
    await this.submit.click();
  }
}

/** A campaign's "Register" tab, where its team reviews the matches. */
class RegisterReviewPage {
  constructor(
    private readonly page: Page,
    private readonly slug: string,
  ) {}

  goto() {
    return this.page.goto(`/organizer/campaigns/${this.slug}/register`);
  }

  row(name: string) {
    return this.page
      .getByTestId("register-matches")
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name }) });
  }
}

/** Signs as a mayor in the browser, the commune chosen with the keyboard from the picker, then confirms. */
async function signWithThePicker(page: Page, slug: string, fullName: string) {
  await page.goto(`/campaigns/${slug}`);
  const form = page.locator("form[aria-label]").filter({ has: page.locator("#sign-municipality") });
  const email = uniqueEmail("register-picker");
  await form.locator("#sign-fullName").fill(fullName);
  await form.locator("#sign-email").fill(email);
  await form.locator("#sign-country").selectOption("FR");
  await form.locator("#sign-office").selectOption("mayor");
  const combobox = form.getByRole("combobox", { name: "Municipality" });
  await combobox.pressSequentially("chamonix");
  await expect(form.getByRole("option", { name: "Chamonix-Mont-Blanc (74 – Haute-Savoie)" })).toBeVisible();
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
  await expect(form.locator('input[type="hidden"][name="communeCode"]')).toHaveValue(CHAMONIX.code);
  await form.locator("#sign-showName").check();
  await form.locator("#sign-consent").check();
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("sign-result")).toBeVisible();
  await confirmByApi(page.request, email);
}

async function signByApi(request: APIRequestContext, slug: string, fullName: string, office: string, commune: { code: string; name: string }) {
  const email = uniqueEmail("register-api");
  const response = await request.post(signaturesUrl(slug), {
    data: { fullName, email, country: "FR", office, communeCode: commune.code, municipality: commune.name, showName: true, consent: true },
  });
  expect(response.status(), await response.text()).toBe(202);
  await confirmByApi(request, email);
}

async function confirmByApi(request: APIRequestContext, email: string) {
  const token = confirmLink(await new Mailbox(request, email).waitForEmail())
    .split("/")
    .pop();
  const response = await request.post("/api/v1/confirmations", { data: { token } });
  expect(response.status()).toBe(200);
}

/** The officials given, then GENERATED_ROWS generated ones, written as the register's file is: in chunks. */
async function writeLargeExtract(file: string, officials: GeneratedOfficial[]) {
  const out = createWriteStream(file);
  out.write(registerFile(officials, { bom: true }));
  for (let start = 0; start < GENERATED_ROWS; start += 5_000) {
    const chunk = Array.from({ length: 5_000 }, (_, i) => generatedOfficial(start + i));
    if (!out.write(registerFile(chunk).split("\r\n").slice(1).join("\r\n"))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function expectNoAxeViolations(page: Page, what: string) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(axe.violations, `${what} has no violations axe can detect`).toEqual([]);
}

/** Shown as text a reader sees, not only to screen readers (a visually hidden element is one pixel). */
async function expectReadable(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box && box.width > 100 && box.height > 10, "the sentence takes real room on the page").toBe(true);
}

/** The page is not reloaded, by a meta refresh or otherwise, over the next few seconds. */
async function expectNoMoreReloads(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  await page.waitForTimeout(4_000);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere), "the page did not reload itself").toBe(true);
}

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies(APP_URL);
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Announces a 300 MB upload, sends only its first bytes, and reads the answer. */
function postOversizedUpload(cookie: string): Promise<{ status: number; body: string }> {
  const boundary = "----register-e2e";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nmunicipal-councillors\r\n--${boundary}\r\nContent-Disposition: form-data; name="extractDate"\r\n\r\n2026-05-31\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="elus-huge.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${APP_URL}/api/admin/register/extracts?locale=en`, {
      method: "POST",
      headers: {
        cookie,
        accept: "application/json",
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(300 * 1024 * 1024),
      },
    });
    req.on("response", (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body });
        req.destroy();
      });
    });
    req.on("error", reject);
    req.write(head);
  });
}
