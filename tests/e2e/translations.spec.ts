import { expect, test } from "@playwright/test";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { uniqueId } from "./support/ids";
import { Mailbox } from "./support/mailbox";

// A campaign's text in several languages (issue #12): the seeded declaration is authoritative in
// French with English and Persian translations; an organizer translates a campaign of their own,
// and readers in each language see their version, or the original with a note.

test("the mayors' declaration reads in each language, the French text marked as authoritative", async ({ page }) => {
  await page.goto("/fr/campaigns/mayors-declaration");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Déclaration d’élus pour une enquête internationale/);
  await expect(page.getByTestId("translation-note")).toHaveCount(0);

  await page.goto("/campaigns/mayors-declaration");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Elected officials’ declaration/);
  const note = page.getByTestId("translation-note");
  await expect(note).toContainText("This is a translation. The French text is authoritative");
  await expect(note.getByRole("link", { name: "read the original" })).toHaveAttribute("href", "/fr/campaigns/mayors-declaration");

  await page.goto("/fa/campaigns/mayors-declaration");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^بیانیهٔ مقامات منتخب/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang", /./);
  await expect(page.getByTestId("translation-note")).toContainText("متن فرانسوی معتبر است");
});

test("an organizer translates a draft into Persian; Persian readers get it, French readers the original with a note", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  const slug = `translated-${uniqueId()}`.toLowerCase();
  await page.goto("/organizer/campaigns/new");
  await page.getByLabel("Title", { exact: true }).fill("Free the prisoners");
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await expect(page.getByLabel("Language of the text")).toHaveValue("en");
  await page.getByLabel("Summary (required to publish)", { exact: true }).fill("A call to free the prisoners.");
  await page.getByLabel("Statement (required to publish)", { exact: true }).fill("We call for the prisoners' release.");
  await page.getByLabel("Decision makers (required to publish)", { exact: true }).fill("The authorities");
  await page.getByLabel("Goal", { exact: true }).fill("100");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/organizer/campaigns/${slug}/edit`));
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("lifecycle-result")).toBeVisible();

  await page.getByRole("link", { name: "Translations" }).click();
  await expect(page).toHaveURL(new RegExp(`/organizer/campaigns/${slug}/translations`));
  await expect(page.getByTestId("translation-state-fa")).toHaveText("Not translated yet");
  const persian = page.getByRole("form", { name: "Translation: فارسی" });
  await expect(persian.getByLabel("Title", { exact: true })).toHaveAttribute("dir", "rtl");
  // An empty title is refused next to the field, in the browser as on the server.
  await persian.getByRole("button", { name: "Save the translation" }).click();
  await expect(persian.locator("#translation-fa-title-error")).toBeVisible();
  await persian.getByLabel("Title", { exact: true }).fill("زندانیان را آزاد کنید");
  await persian.getByLabel("Summary", { exact: true }).fill("درخواستی برای آزادی زندانیان.");
  await persian.getByLabel("Statement", { exact: true }).fill("ما خواستار آزادی زندانیان هستیم.");
  await persian.getByLabel("Decision makers", { exact: true }).fill("مقامات");
  await persian.getByRole("button", { name: "Save the translation" }).click();
  await expect(page.getByTestId("translation-fa-result")).toHaveText("The translation is saved. Readers in this language now see it.");
  await page.reload();
  await expect(page.getByTestId("translation-state-fa")).toHaveText("Up to date");

  await page.goto(`/fa/campaigns/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("زندانیان را آزاد کنید");
  await expect(page.locator(".statement")).toHaveText("ما خواستار آزادی زندانیان هستیم.");
  await expect(page.getByTestId("translation-note")).toContainText("این متن ترجمه است");
  await page.goto(`/fr/campaigns/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Free the prisoners");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("translation-note")).toContainText("Cette campagne n’a pas encore été traduite en français");

  // A change to the original's text flags the translation for review.
  await page.goto(`/organizer/campaigns/${slug}/edit`);
  await page.getByLabel("Statement", { exact: true }).fill("We call for the prisoners' immediate release.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("campaign-saved")).toBeVisible();
  await page.goto(`/organizer/campaigns/${slug}/translations`);
  await expect(page.getByTestId("translation-state-fa")).toHaveText("To review: the original changed after this translation was made");
  await page.goto(`/fa/campaigns/${slug}`);
  await expect(page.getByTestId("translation-note")).toContainText("متن اصلی پس از این ترجمه تغییر کرده است");
});

test("news is posted in the language its author chose, translated on the Translations tab, and read in each language", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  // The seeded declaration is authoritative in French: its news is French unless its author says otherwise.
  await page.goto("/organizer/campaigns/mayors-declaration/edit");
  const news = page.getByRole("form", { name: "Post news" });
  await expect(news.getByLabel("Language of this update")).toHaveValue("fr");
  const title = `Déclaration remise à Genève ${uniqueId()}`;
  await news.getByLabel("Title", { exact: true }).fill(title);
  await news.getByLabel("Body", { exact: true }).fill("Une délégation d’élus a remis la déclaration au Haut-Commissariat.");
  await news.getByRole("button", { name: "Post the news" }).click();
  await expect(page.getByTestId("update-news-result")).toBeVisible();

  await page.goto("/organizer/campaigns/mayors-declaration/translations");
  const update = page.getByTestId("update-translation").filter({ hasText: title });
  await expect(update).toContainText("Not translated yet");
  await update.locator("summary").click();
  const english = update.getByRole("form", { name: `Translation of the update “${title}”: English` });
  await english.getByLabel("Title", { exact: true }).fill("Declaration delivered in Geneva");
  await english
    .getByLabel("Body", { exact: true })
    .fill("A delegation of elected officials handed the declaration to the High Commissioner's office.");
  await english.getByRole("button", { name: "Save the translation" }).click();
  await expect(english.getByRole("status")).toHaveText("The translation is saved. Readers in this language now see it.");

  await page.goto("/campaigns/mayors-declaration");
  const inEnglish = page.getByTestId("campaign-updates").getByRole("article").filter({ hasText: "Declaration delivered in Geneva" });
  await expect(inEnglish.getByRole("heading")).toHaveAttribute("lang", "en");
  await expect(inEnglish.getByTestId("update-language-note")).toHaveText("Translated from French.");
  await page.goto("/fa/campaigns/mayors-declaration");
  const inPersian = page.getByTestId("campaign-updates").getByRole("article").filter({ hasText: title });
  await expect(inPersian.getByRole("heading")).toHaveAttribute("dir", "ltr");
  await expect(inPersian.getByTestId("update-language-note")).toHaveText("به فرانسوی نوشته شده و هنوز به فارسی ترجمه نشده است.");
  await page.goto("/fr/campaigns/mayors-declaration");
  await expect(page.getByTestId("campaign-updates").getByRole("article").filter({ hasText: title }).getByTestId("update-language-note")).toHaveCount(
    0,
  );
});

test("a documented event reads in the reader's language, its quotes as the report has them", async ({ page }) => {
  await page.goto("/fr/events/paris-5th-district-conference-2017");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Conférence et exposition sur le massacre de 1988/);
  await expect(page.getByTestId("translation-note")).toContainText("Ceci est une traduction du compte rendu");
  await expect(page.getByTestId("translation-note").getByRole("link")).toHaveAttribute("href", "/events/paris-5th-district-conference-2017");
  await expect(page.getByText("Les citations sont données dans la langue de leur source.")).toBeVisible();
  // Who each call is on and what it asks, in French; the quote as the report has it.
  const call = page.getByRole("listitem").filter({ hasText: "Rama Yade a appelé" });
  await expect(call.locator("p")).toHaveText(/^Rama Yade a appelé à\s?: mener une enquête internationale sur le massacre de 1988\.$/);
  await expect(call.locator("blockquote")).toContainText("Rama Yade called for an international investigation");

  await page.goto("/fa/events/1988-massacre-commemoration-2017");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^مراسم یادبود بیست و نهمین سالگرد/);
  // The campaign built on it is named in Persian too.
  await expect(page.getByRole("link", { name: /^تشکیل کمیسیون تحقیق بین‌المللی/ })).toHaveAttribute("href", "/fa/campaigns/un-commission-of-inquiry");

  await page.goto("/events/paris-5th-district-conference-2017");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Conference and exhibition on the 1988 massacre/);
  await expect(page.getByTestId("translation-note")).toHaveCount(0);
});

test("an admin words an event's call in Persian, both halves or neither; Persian readers read it", async ({ page, request }) => {
  test.setTimeout(90_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  await page.goto("/organizer/events/1988-massacre-commemoration-2017");
  const persian = page.getByRole("form", { name: "Translation: فارسی" });
  const call = persian.getByRole("group", { name: "Call to action 6" });
  await expect(call.getByText("In the report: United Nations")).toBeVisible();
  await call.getByLabel("Who is called on").fill("سازمان ملل متحد");
  await call.getByLabel("To do what").fill("");
  await persian.getByRole("button", { name: "Save the translation" }).click();
  await expect(call.locator(".field-error")).toHaveText(/Say what they are called on to do/);
  await call.getByLabel("To do what").fill("نقش خود را به‌درستی ایفا کند");
  await persian.getByRole("button", { name: "Save the translation" }).click();
  await expect(persian.getByRole("status")).toHaveText("The translation is saved. Readers in this language now see it.");

  await page.goto("/fa/events/1988-massacre-commemoration-2017");
  await expect(page.getByRole("listitem").filter({ hasText: "نقش خود را به‌درستی ایفا کند" }).locator("p")).toHaveText(
    "Ingrid Betancourt از سازمان ملل متحد خواست: نقش خود را به‌درستی ایفا کند.",
  );
});

test("the widget says when it shows a translation, and opens the original on the site", async ({ page }) => {
  await page.goto("/fa/embed/campaigns/mayors-declaration");
  const note = page.getByTestId("translation-note");
  await expect(note).toContainText("این متن ترجمه است");
  const link = note.getByRole("link");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("href", /\/fr\/campaigns\/mayors-declaration$/);
  await page.goto("/fr/embed/campaigns/mayors-declaration");
  await expect(page.getByTestId("translation-note")).toHaveCount(0);
});
