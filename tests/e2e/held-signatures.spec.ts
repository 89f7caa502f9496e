import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInByEmail } from "./pages/organizer-signin";
import { TokenPage } from "./pages/token-page";
import { ADMIN_EMAIL } from "./playwright.config";
import { apiCount, petitionSignature, signaturesUrl } from "./support/api";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// A signature held by a velocity rule (issue #13) is released from the moderation page, and only
// then counted. The main test server runs without the rules (every browser test signs from
// 127.0.0.1); signatures come through an instance with the defaults, on the same database.

const SLUG = "un-commission-of-inquiry";
let withRules: AppInstance;

test.beforeAll(async () => {
  // The rules at their defaults (lib/env.ts); every other instance turns them off (APP_ENV).
  withRules = await startAppInstance(3105, {
    VELOCITY_CLIENT_PER_MINUTE: "1",
    VELOCITY_CLIENT_PER_5_MINUTES: "5",
    VELOCITY_DOMAIN_PER_MINUTE: "20",
    VELOCITY_DOMAIN_PER_HOUR: "200",
  });
});

test.afterAll(async () => {
  await withRules?.stop();
});

test("an organizer releases a held signature whose owner confirmed it, and the public count goes up by one", async ({ page, request }) => {
  // A /64 nobody else uses: both signatures come from one client, a second apart.
  const client = `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::7`;
  const [first, held] = [uniqueEmail("velocity-first"), uniqueEmail("velocity-held")];
  for (const email of [first, held]) {
    const response = await request.post(`${withRules.url}${signaturesUrl(SLUG)}`, {
      data: petitionSignature(email, { fullName: email === held ? "Held Signer" : "First Signer", showName: true }),
      headers: { "x-forwarded-for": client },
    });
    expect(response.status(), "a held signature is accepted like any other").toBe(202);
  }
  const before = await apiCount(request, SLUG);
  // Its owner confirms it, as anyone would: it still does not count.
  const confirmPage = new TokenPage(page);
  await confirmPage.open(confirmLink(await new Mailbox(request, held).waitForEmail()));
  await confirmPage.press("Confirm my signature", SLUG);
  expect(await apiCount(request, SLUG)).toBe(before);

  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  await page.goto(`/organizer/campaigns/${SLUG}/moderation`);
  const section = page.getByTestId("held-section");
  await expect(section.getByRole("heading", { name: "Held signatures" })).toBeVisible();
  const row = section.getByTestId("held-signatures").getByRole("row").filter({ hasText: "Held Signer" });
  await expect(row).toContainText("Several in one minute from one client address");
  await expect(row).toContainText("yes");
  await expect(section).not.toContainText(held, { useInnerText: true });
  await row.getByRole("button", { name: "Release the signature of Held Signer" }).click();
  await expect(section.getByTestId("held-signatures").getByRole("row").filter({ hasText: "Held Signer" })).toHaveCount(0);
  await expect.poll(() => apiCount(request, SLUG)).toBe(before + 1);
});
