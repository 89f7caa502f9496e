import { expect, test } from "@playwright/test";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { petitionSignature, signaturesUrl } from "./support/api";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { uniqueId } from "./support/ids";
import { Mailbox } from "./support/mailbox";
import { awayFromHourBoundary, currentHour, uniqueClient, uniqueDomain } from "./support/velocity";

// Hourly trending (issue #13): a client (an IPv6 /64) or an email domain with unusual volume in one
// hour of a campaign is listed on its moderation page, whose link fills the invalidation filter with
// that source and hour. The threshold is 20 by default; the page is read through an instance of its
// own with a threshold of 3 (the thresholds are each process's configuration). Signatures go through
// the main server, which holds none of them (APP_ENV turns the velocity rules off).

const SLUG = "un-commission-of-inquiry";
const THRESHOLD = 3;
let lowThreshold: AppInstance;

test.beforeAll(async () => {
  lowThreshold = await startAppInstance(3613, { VELOCITY_TRENDING_PER_HOUR: String(THRESHOLD), VELOCITY_ALERT_PER_HOUR: "0" });
});

test.afterAll(async () => {
  await lowThreshold?.stop();
});

/** "2026-12-03T16:00", as the filter's datetime-local fields hold a time (read as UTC). */
const minute = (date: Date) => date.toISOString().slice(0, 16);

test("a client /64 and an email domain past the hourly threshold are listed, and each link fills the invalidation filter", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await awayFromHourBoundary();
  const hour = currentHour();
  // Three signatures from three addresses of one /64, all at one domain: both are past the threshold.
  const client = uniqueClient();
  const domain = uniqueDomain("trending");
  // Below it: two from another client, at another domain.
  const quiet = uniqueClient();
  const quietDomain = uniqueDomain("quiet");
  const sign = async (email: string, from: string) => {
    const response = await request.post(signaturesUrl(SLUG), { data: petitionSignature(email), headers: { "x-forwarded-for": from } });
    expect(response.status()).toBe(202);
  };
  for (let n = 0; n < THRESHOLD; n++) await sign(`e2e-trend-${n}-${uniqueId()}@${domain}`, client.address(n));
  for (let n = 0; n < THRESHOLD - 1; n++) await sign(`e2e-quiet-${n}-${uniqueId()}@${quietDomain}`, quiet.address(n));

  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  // The session cookie is the host's, whatever the port: the instance sees the same organizer.
  await page.goto(`${lowThreshold.url}/organizer/campaigns/${SLUG}/moderation`);
  const section = page.getByTestId("trending-section");
  await expect(section.getByRole("heading", { name: "Unusual volume in the last 24 hours" })).toBeVisible();
  await expect(section).toContainText(`at least ${THRESHOLD} signatures came in one hour`);
  const rows = section.getByTestId("trending").getByRole("row");
  const clientRow = rows.filter({ hasText: `client address ${client.hash.slice(0, 12)}…` });
  const domainRow = rows.filter({ hasText: `email domain ${domain}` });
  await expect(clientRow).toHaveCount(1);
  await expect(domainRow).toHaveCount(1);
  await expect(clientRow.getByRole("cell").nth(2)).toHaveText(String(THRESHOLD));
  await expect(domainRow.getByRole("cell").nth(2)).toHaveText(String(THRESHOLD));
  await expect(rows.filter({ hasText: quiet.hash.slice(0, 12) })).toHaveCount(0);
  await expect(rows.filter({ hasText: quietDomain })).toHaveCount(0);

  const filter = page.getByRole("form", { name: "Find signatures to invalidate" });
  const fields = {
    from: filter.getByLabel("Signed from (UTC)"),
    to: filter.getByLabel("Signed before (UTC)"),
    domain: filter.getByLabel("Email domain"),
    hash: filter.getByLabel("Client-address hash"),
  };
  await clientRow.getByRole("link", { name: /^Fill in the invalidation filter/ }).click();
  await expect(page).toHaveURL(/#invalidate-filter$/);
  await expect(fields.hash).toHaveValue(client.hash);
  await expect(fields.domain).toHaveValue("");
  await expect(fields.from).toHaveValue(minute(hour));
  await expect(fields.to).toHaveValue(minute(new Date(hour.getTime() + 3_600_000)));
  // The filled filter finds exactly those signatures (a preview changes nothing).
  await filter.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("invalidate-preview")).toContainText(`${THRESHOLD} signatures match (0 confirmed, ${THRESHOLD} pending)`);

  await page
    .getByTestId("trending")
    .getByRole("row")
    .filter({ hasText: `email domain ${domain}` })
    .getByRole("link")
    .click();
  await expect(fields.domain).toHaveValue(domain);
  await expect(fields.hash).toHaveValue("");
  await expect(fields.from).toHaveValue(minute(hour));
  await expect(fields.to).toHaveValue(minute(new Date(hour.getTime() + 3_600_000)));
  await filter.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("invalidate-preview")).toContainText(`${THRESHOLD} signatures match (0 confirmed, ${THRESHOLD} pending)`);
});
