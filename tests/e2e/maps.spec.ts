import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { petitionSignature, signaturesUrl } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// The maps (issue #14): on the seeded petition, once a signature from Iran is confirmed, the world
// map is drawn beside the table of countries, as an image with an accessible name; the SVG behind
// it is an image too, with the same counts; Persian puts the legend on the right.

const PETITION = "un-commission-of-inquiry";

test.beforeAll(async ({ request }) => {
  const email = uniqueEmail("maps");
  expect((await request.post(signaturesUrl(PETITION), { data: petitionSignature(email, { country: "IR" }) })).status()).toBe(202);
  const token = confirmLink(await new Mailbox(request, email).waitForEmail()).split("/confirm/")[1];
  expect((await request.post("/api/v1/confirmations", { data: { token } })).status()).toBe(200);
});

test("the petition shows a world map with an accessible name, its legend, and the table of countries beside it", async ({ page }) => {
  // Breakdowns are kept a few seconds (lib/tallies/breakdowns.ts), and other tests may have signed
  // before: reload until Iran is in the table.
  const section = page.locator("section", { has: page.getByRole("heading", { name: "By country" }) });
  await expect
    .poll(
      async () => {
        await page.goto(`/campaigns/${PETITION}`);
        return (await section.getByRole("table").count()) > 0 && (await section.getByRole("table").innerText()).includes("Iran");
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const map = section.getByRole("img", { name: /World map of the confirmed signatures by country/ });
  await expect(map).toBeVisible();
  await map.scrollIntoViewIfNeeded();
  await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(section.getByTestId("map-world").getByRole("listitem").first()).toHaveText("None");

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).include("section:has(#by-country)").analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const src = await map.getAttribute("src");
  expect(src).toMatch(/^\/api\/v1\/campaigns\/un-commission-of-inquiry\/maps\/world\.svg\?locale=en&framed=0&v=[0-9a-z]+$/);
  const answer = await page.request.get(src!);
  expect(answer.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(answer.headers()["cache-control"]).toContain("immutable");
  const svg = await answer.text();
  expect(svg).toContain('role="img"');
  expect(svg).toMatch(/data-code="IR"><title>Iran: \d+ signatures?<\/title>/);
});

test("in Persian the legend starts at the right", async ({ page }) => {
  await page.goto(`/fa/campaigns/${PETITION}`);
  const legend = page.getByTestId("map-world").getByRole("listitem");
  await expect(legend.first()).toHaveText("هیچ");
  const first = await legend.first().boundingBox();
  const second = await legend.nth(1).boundingBox();
  expect(first!.x).toBeGreaterThan(second!.x);
});

test("the map API refuses an unknown map, a bad query and an unknown campaign clearly", async ({ request }) => {
  const base = `/api/v1/campaigns/${PETITION}/maps`;
  expect((await request.get(`${base}/mars.svg`)).status()).toBe(404);
  const bad = await request.get(`${base}/world.svg?locale=de`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toBe("locale is en, fr or fa.");
  expect((await request.get("/api/v1/campaigns/no-such-campaign/maps/world.svg")).status()).toBe(404);
  const france = await request.get(`${base}/france.svg?locale=fr`);
  expect(france.status()).toBe(200);
  expect(await france.text()).toContain("Carte de France des signatures confirmées");
});
