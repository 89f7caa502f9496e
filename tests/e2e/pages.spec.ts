import { expect, test } from "@playwright/test";
import { CampaignPage } from "./pages/campaign-page";
import { EventPage } from "./pages/event-page";
import { fetchCampaignJson, signaturesUrl } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { Mailbox } from "./support/mailbox";

const PETITION = { slug: "un-commission-of-inquiry", event: "1988-massacre-commemoration-2017" };
const DECLARATION = { slug: "mayors-declaration", event: "paris-5th-district-conference-2017" };
const PARIS_REPORT = "Paris’ 5th District calls for UN probe into Iran’s 1988 massacre";
const TIRANA_REPORT = "Anniversary of 1988 massacre of political prisoners in Iran honored in Paris ceremony";

test("the home page lists both campaigns with their live counts and the events they come from", async ({ page, request }) => {
  await page.goto("/");
  const cards = page.getByRole("list", { name: "Campaigns" }).getByRole("listitem");
  // Other tests publish campaigns of their own on the same server: the seeded two are among them.
  for (const { slug, event } of [PETITION, DECLARATION]) {
    // The English page shows each campaign in English (the declaration's original is French).
    const { json } = await fetchCampaignJson(request, slug, "en");
    const card = cards.filter({ has: page.locator(`a[href="/campaigns/${slug}"]`) });
    await expect(card).toHaveCount(1);
    await expect(card.getByRole("heading", { level: 2 })).toHaveText(json.title);
    await expect(card.getByTestId("signature-count")).toHaveText(json.signatureCount.toLocaleString("en-GB"));
    await expect(card.getByRole("link", { name: json.event!.title })).toHaveAttribute("href", `/events/${event}`);
  }
});

test("the mayors' declaration shows its documented paper tally and asks for office and municipality", async ({ page, request }) => {
  const { json } = await fetchCampaignJson(request, DECLARATION.slug);
  expect(json.offlineSignatureCount).toBe(2000);
  expect(json.signatureCount).toBe(json.onlineSignatureCount + 2000);

  const declaration = new CampaignPage(page, DECLARATION.slug);
  await declaration.goto();
  expect(await declaration.readCount()).toBe(json.signatureCount);
  const paper = page.getByRole("region", { name: "Signed on paper" });
  await expect(paper).toContainText("2,000 documented signatures");
  await expect(paper.locator("cite")).toHaveText(PARIS_REPORT);
  await expect(paper).toContainText("(28 November 2017)");
  await expect(page.getByRole("main")).toContainText("2,000 documented offline");

  await expect(declaration.office).toBeVisible();
  await expect(declaration.municipality).toBeVisible();
  const email = uniqueEmail("mayor");
  await declaration.fill({ fullName: "Lea Mayor", email, country: "France", consent: true });
  await declaration.submit();
  await expect(declaration.errorSummary.getByRole("link")).toHaveText(["Select your office", "Enter your municipality"]);
  await expect(declaration.office).toHaveAttribute("aria-invalid", "true");
  await expect(declaration.municipality).toHaveAttribute("aria-invalid", "true");

  await declaration.fill({ office: "Mayor", municipality: "Paris 5e arrondissement" });
  await declaration.submit();
  await expect(declaration.result.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await new Mailbox(request, email).waitForEmail();

  // The API holds the same rule; the petition asks for neither.
  const api = await request.post(signaturesUrl(DECLARATION.slug), {
    data: { fullName: "Max Api", email: uniqueEmail("mayor-api"), country: "FR", consent: true },
  });
  expect(api.status()).toBe(400);
  expect(Object.keys((await api.json()).fieldErrors).sort()).toEqual(["municipality", "office"]);
  const petition = new CampaignPage(page, PETITION.slug);
  await petition.goto();
  await expect(petition.office).toHaveCount(0);
  await expect(petition.municipality).toHaveCount(0);
});

test("an event page shows speakers, calls to action, the full source report and where sources disagree", async ({ page }) => {
  const event = new EventPage(page);
  await event.goto(PETITION.event);
  await expect(event.heading).toHaveText("29th anniversary commemoration of the 1988 massacre of political prisoners in Iran");

  const speakers = event.listAfter("Speakers").getByRole("listitem");
  await expect(speakers.locator("strong")).toHaveText([
    "Maryam Rajavi",
    "Kerry Kennedy",
    "Mariano Rabino",
    "Pietro Liuzzi",
    "Ingrid Betancourt",
    "Tahar Boumedra",
  ]);

  const calls = event.listAfter("Calls to action").getByRole("listitem");
  await expect(calls).toHaveCount(10);
  await expect(calls.first()).toContainText(
    "Maryam Rajavi called on the UN Human Rights Council and the UN High Commissioner for Human Rights to launch an international commission of inquiry",
  );
  await expect(calls.first().getByRole("blockquote")).toContainText("launch an international commission of inquiry");
  await expect(calls.nth(2)).toContainText("Pietro Liuzzi called on Europe to designate the IRGC");

  // The place: the headline says Paris, the report's text says Tirana. The page shows both.
  await expect(event.fact("Place")).toHaveText("Tirana, Albania");
  await expect(event.uncertainty).toContainText("honored in Paris ceremony");
  await expect(event.uncertainty).toContainText("Tirana, Albania");
  const source = event.listAfter("Sources").getByRole("listitem");
  await expect(source.locator("cite")).toHaveText(TIRANA_REPORT);
  await expect(source).toContainText("The headline says the ceremony was held in Paris");

  // The full report is there, folded away until asked for.
  const fullText = source.locator("details .source-text");
  await expect(fullText).toBeHidden();
  await source.getByText("Read the full report").click();
  await expect(fullText).toBeVisible();
  await expect(fullText).toContainText("a large number of PMOI members in Tirana, Albania");
  await expect(fullText).toContainText("also featured inspiring artistic and theatrical performances.");

  await expect(page.getByRole("main").getByRole("link", { name: /international commission of inquiry/ })).toHaveAttribute(
    "href",
    `/campaigns/${PETITION.slug}`,
  );
});

test("an unknown campaign or event is a 404 page", async ({ page }) => {
  for (const path of ["/campaigns/no-such-campaign", "/events/no-such-event", "/campaigns/Not_A_Slug"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "See all campaigns" })).toHaveAttribute("href", "/");
  }
});

test("the petition can be signed with the keyboard alone", async ({ page, request }) => {
  const petition = new CampaignPage(page, PETITION.slug);
  const email = uniqueEmail("keyboard");
  await petition.goto();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  for (let i = 0; i < 60 && !(await petition.fullName.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(petition.fullName).toBeFocused();

  await page.keyboard.type("Noor Keyboard");
  await page.keyboard.press("Tab");
  await expect(petition.email).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(petition.country).toBeFocused();
  await page.keyboard.type("France");
  await expect(petition.country).toHaveValue("FR");
  await page.keyboard.press("Tab");
  await expect(petition.city).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Comment (optional)")).toBeFocused();
  await page.keyboard.type("Typed without a mouse.");
  await page.keyboard.press("Tab");
  await expect(petition.consent).toBeFocused();
  await page.keyboard.press("Space");
  await expect(petition.consent).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "How your details are kept and used" })).toBeFocused();
  await page.keyboard.press("Tab"); // updates (optional)
  await page.keyboard.press("Tab"); // show my name (optional)
  await page.keyboard.press("Tab"); // the hidden honeypot is skipped
  await expect(petition.signButton).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(petition.result.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(petition.result).toBeFocused();
  await new Mailbox(request, email).waitForEmail();
});
