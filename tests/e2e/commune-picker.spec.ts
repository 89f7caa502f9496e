import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// The commune picker of the mayors' declaration (issue #14): French officials choose their commune
// from the official list, with the keyboard (a WAI-ARIA combobox) or, without JavaScript, by name,
// with the homonyms offered as radio buttons. "Saint-Denis" is a commune in four départements.

const SLUG = "mayors-declaration";

const TEXT = {
  fr: {
    municipality: "Commune ou collectivité",
    found: /communes trouvées/,
    chooseLegend: "Choisissez votre commune",
    choose: "Plusieurs communes portent ce nom. Choisissez la vôtre ci-dessous, d’après son département.",
    notFound: "Aucune commune française ne porte ce nom.",
    accepted: "Consultez votre messagerie",
  },
  fa: {
    municipality: "شهر یا نهاد محل خدمت",
    found: /کمون یافت شد/,
    chooseLegend: "کمون خود را برگزینید",
    choose: "چند کمون این نام را دارند.",
    notFound: "هیچ کمون فرانسوی این نام را ندارد.",
    accepted: "ایمیل خود را بررسی کنید",
  },
} as const;

async function fillOfficial(page: Page, label: string) {
  const form = page.locator("form[aria-label]").filter({ has: page.locator("#sign-municipality") });
  await form.locator("#sign-fullName").fill(`Élue ${label}`);
  const email = uniqueEmail(label);
  await form.locator("#sign-email").fill(email);
  await form.locator("#sign-country").selectOption("FR");
  await form.locator("#sign-office").selectOption("mayor");
  await form.locator("#sign-consent").check();
  return { form, email };
}

/** The confirmation link's token, confirmed through the API: the signature then counts. */
async function confirmByApi(page: Page, email: string) {
  const link = confirmLink(await new Mailbox(page.request, email).waitForEmail());
  const token = link.split("/").pop();
  const response = await page.request.post("/api/v1/confirmations", { data: { token } });
  expect(response.status()).toBe(200);
}

for (const locale of ["fr", "fa"] as const) {
  test.describe(`in ${locale}`, () => {
    test("with the keyboard: type, move with the arrows, choose with Enter; the signature counts in its département", async ({ page }) => {
      const t = TEXT[locale];
      await page.goto(`/${locale}/campaigns/${SLUG}`);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "fa" ? "rtl" : "ltr");
      const { form, email } = await fillOfficial(page, `picker-${locale}`);

      const combobox = form.getByRole("combobox", { name: t.municipality });
      await expect(combobox).toHaveAttribute("aria-expanded", "false");
      await combobox.pressSequentially("saint-den");
      const listbox = form.getByRole("listbox");
      await expect(listbox).toBeVisible();
      await expect(combobox).toHaveAttribute("aria-expanded", "true");
      await expect(form.getByRole("status").filter({ hasText: t.found })).toHaveCount(1);
      const options = listbox.getByRole("option");
      await expect(options.first()).toHaveText("Saint-Denis (974 – La Réunion)");
      await expect(options.nth(1)).toHaveText("Saint-Denis (93 – Seine-Saint-Denis)");
      const axe = await new AxeBuilder({ page })
        .include("#sign-municipality")
        .include('[role="listbox"]')
        .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
        .analyze();
      expect(axe.violations, "the open combobox has no violations axe can detect").toEqual([]);

      // Escape closes the list and keeps the text; Down opens it again on the first option.
      await combobox.press("Escape");
      await expect(listbox).toBeHidden();
      await expect(combobox).toHaveValue("saint-den");
      await combobox.press("ArrowDown");
      await expect(listbox).toBeVisible();
      const firstId = await options.first().getAttribute("id");
      await expect(combobox).toHaveAttribute("aria-activedescendant", firstId!);
      await expect(options.first()).toHaveAttribute("aria-selected", "true");
      // Up from the first wraps to the last; Down from the last back to the first, then to the second.
      await combobox.press("ArrowUp");
      await expect(options.last()).toHaveAttribute("aria-selected", "true");
      await combobox.press("ArrowDown");
      await combobox.press("ArrowDown");
      await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
      await expect(combobox).toBeFocused();

      await combobox.press("Enter");
      await expect(listbox).toBeHidden();
      await expect(combobox).toHaveValue("Saint-Denis");
      await expect(form.locator('input[type="hidden"][name="communeCode"]')).toHaveValue("93066");
      await expect(page.getByTestId("sign-result"), "Enter chose the commune; it did not send the form").toHaveCount(0);

      await form.locator('button[type="submit"]').click();
      await expect(page.getByTestId("sign-result")).toContainText(t.accepted);
      await confirmByApi(page, email);
      await expect
        .poll(async () => {
          const json = await (await page.request.get(`/api/v1/campaigns/${SLUG}`)).json();
          return (json.breakdowns.byDepartement as { departement: string; count: number }[]).find((d) => d.departement === "93")?.count ?? 0;
        })
        .toBeGreaterThan(0);
    });
  });
}

for (const locale of ["fr", "fa"] as const) {
  test.describe(`without JavaScript, in ${locale}`, () => {
    test.use({ javaScriptEnabled: false });

    test("a name four communes share comes back as a choice by département; an unknown name is a field error", async ({ page }) => {
      const t = TEXT[locale];
      await page.goto(`/${locale}/campaigns/${SLUG}`);
      const { form } = await fillOfficial(page, `nojs-${locale}`);
      const municipality = form.getByRole("textbox", { name: t.municipality });
      await expect(municipality, "a plain text field without JavaScript").not.toHaveAttribute("role");

      await municipality.fill("Nulle-Part-sur-Rien");
      await form.locator('button[type="submit"]').click();
      await expect(page.locator("#sign-municipality-error")).toContainText(t.notFound);
      await expect(page.getByRole("textbox", { name: t.municipality })).toHaveAttribute("aria-invalid", "true");

      await page.getByRole("textbox", { name: t.municipality }).fill("Saint-Denis");
      await page.locator("#sign-consent").check();
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator("#sign-municipality-error")).toContainText(t.choose);
      const choices = page.getByRole("group", { name: t.chooseLegend });
      await expect(choices.getByRole("radio")).toHaveCount(4);
      await expect(choices.locator("label")).toHaveText([
        "Saint-Denis (974 – La Réunion)",
        "Saint-Denis (93 – Seine-Saint-Denis)",
        "Saint-Denis (11 – Aude)",
        "Saint-Denis (30 – Gard)",
      ]);
      await choices.getByRole("radio", { name: "Saint-Denis (11 – Aude)" }).check();
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByTestId("sign-result")).toContainText(t.accepted);
    });
  });
}
