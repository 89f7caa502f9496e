import { expect, test } from "@playwright/test";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// Issue #12: every address names its language; `/` follows the reader's; the switcher leads to the
// same page in the others; addresses people already have keep working.

const PETITION = "un-commission-of-inquiry";

test.describe("`/` sends a reader to their language", () => {
  for (const [acceptLanguage, expected] of [
    ["fr-FR,fr;q=0.9,en;q=0.8", "/fr"],
    ["fa-IR,fa;q=0.9", "/fa"],
    ["de-DE,de;q=0.9,fa;q=0.5", "/fa"],
    ["en-GB,en;q=0.9", "/"],
    ["de-DE", "/"],
  ] as const) {
    test(`Accept-Language ${acceptLanguage} → ${expected}`, async ({ request }) => {
      const response = await request.get("/", { headers: { "Accept-Language": acceptLanguage }, maxRedirects: 0 });
      if (expected === "/") {
        expect(response.status()).toBe(200);
        expect(await response.text()).toContain('<html lang="en" dir="ltr"');
        // The answer depends on the reader: no shared cache may keep it for others.
        expect(response.headers()["cache-control"]).toMatch(/no-store|private/);
      } else {
        expect(response.status()).toBe(307);
        expect(new URL(response.headers().location, "http://x").pathname).toBe(expected);
        expect(response.headers().vary ?? "").toMatch(/Accept-Language/i);
      }
    });
  }

  test("a language chosen with the switcher is remembered over Accept-Language", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "Accept-Language": "fr" });
    await page.goto(`/fr/campaigns/${PETITION}`);
    await page.getByRole("navigation", { name: "Langues" }).getByRole("link", { name: "فارسی" }).click();
    await expect(page).toHaveURL(new RegExp(`/fa/campaigns/${PETITION}$`));
    await page.goto("/");
    await expect(page).toHaveURL(/\/fa$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });
});

test("every language's address of a page answers in that language and direction; English keeps its old address", async ({ request }) => {
  for (const [path, lang, dir] of [
    [`/campaigns/${PETITION}`, "en", "ltr"],
    [`/fr/campaigns/${PETITION}`, "fr", "ltr"],
    [`/fa/campaigns/${PETITION}`, "fa", "rtl"],
    [`/fa/embed/campaigns/${PETITION}`, "fa", "rtl"],
    ["/fr/events/paris-5th-district-conference-2017", "fr", "ltr"],
    ["/fa/signin", "fa", "rtl"],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain(`<html lang="${lang}" dir="${dir}"`);
  }
});

test("the switcher leads to the same page in each language, and the page names its alternates", async ({ page }) => {
  await page.goto(`/campaigns/${PETITION}`);
  const switcher = page.getByRole("navigation", { name: "Languages" });
  await expect(switcher.getByText("English")).toHaveAttribute("aria-current", "true");
  await switcher.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/campaigns/${PETITION}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const alternates = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${new URL((link as HTMLLinkElement).href).pathname}`));
  expect(alternates.sort()).toEqual(
    [`en /campaigns/${PETITION}`, `fa /fa/campaigns/${PETITION}`, `fr /fr/campaigns/${PETITION}`, `x-default /campaigns/${PETITION}`].sort(),
  );
  await page.getByRole("navigation", { name: "Langues" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${PETITION}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

// Signing in French and in Persian, end to end: the form in the reader's language, the email's
// subject and body in it, its link to the confirmation page in it, and the page right to left in
// Persian. The words are read from the catalogs, and checked against a few known ones so that a
// catalog that fell back to English would fail.
type SigningCatalog = {
  signForm: { fullName: string; email: string; country: string; consent: string; submit: string; ariaLabel: string };
  confirm: { button: string; title: string };
  flash: { confirmedTitle: string };
  email: { confirm: { subject: string } };
};
const signing = (locale: "fr" | "fa") => CATALOGS[locale].signing as unknown as SigningCatalog;

for (const { locale, country, knownWords, dir } of [
  { locale: "fr", country: "France", knownWords: /Merci d’avoir signé/, dir: "ltr" },
  { locale: "fa", country: "فرانسه", knownWords: /امضا/, dir: "rtl" },
] as const) {
  test(`a signer in ${locale === "fr" ? "French" : "Persian"} signs, gets the email in that language, and confirms`, async ({ page, request }) => {
    const words = signing(locale);
    const email = uniqueEmail(`lang-${locale}`);
    await page.goto(`/${locale}/campaigns/${PETITION}`);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    const form = page.getByRole("form", { name: new RegExp(`^${escapeRegExp(words.signForm.ariaLabel.split("{")[0])}`) });
    await form.getByLabel(words.signForm.fullName, { exact: true }).fill(locale === "fr" ? "Élise Maire" : "نسرین احمدی");
    await form.getByLabel(words.signForm.email, { exact: true }).fill(email);
    await form.getByLabel(words.signForm.country, { exact: true }).selectOption({ label: country });
    await form.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(words.signForm.consent)}`) }).check();
    await form.getByRole("button", { name: words.signForm.submit, exact: true }).click();
    await expect(page.getByTestId("sign-result")).toBeVisible();

    const received = await new Mailbox(request, email).waitForEmail();
    expect(received.subject.startsWith(words.email.confirm.subject.split("{")[0])).toBe(true);
    expect(received.subject).not.toMatch(/^Confirm your signature/);
    expect(received.text).toMatch(knownWords);
    expect(received.html).toContain(`lang="${locale}"`);
    const link = confirmLink(received);
    expect(new URL(link).pathname.startsWith(`/${locale}/confirm/`), link).toBe(true);

    await page.goto(link);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.getByRole("heading", { level: 1, name: words.confirm.title })).toBeVisible();
    await page.getByRole("button", { name: words.confirm.button }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/campaigns/${PETITION}`));
    await expect(page.getByTestId("confirmed-notice")).toContainText(words.flash.confirmedTitle);
  });
}

/** A pattern for the text, any space matching any space: accessible names turn no-break spaces into plain ones. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s\u00a0\u202f]+/g, "\\s+");
}
