import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { openMagicLink, magicLink, signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL } from "./playwright.config";
import { Mailbox } from "./support/mailbox";

// Issue #13, finding 11: an admin removes an organizer, who is signed out at once.

test("an admin removes an organizer's account; the organizer's open session ends at once", async ({ browser, page, request }) => {
  test.setTimeout(90_000);
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  await page.goto("/admin");
  const organizer = `leaving.${randomUUID().slice(0, 8)}@example.org`;
  const invite = page.getByRole("form", { name: "Invite an organizer" });
  await invite.getByLabel("Organizer's email address").fill(organizer);
  await invite.getByRole("button", { name: "Invite organizer" }).click();
  await expect(page.getByTestId("invite-result")).toContainText(`${organizer} is invited`);

  // The organizer signs in, in a browser of their own.
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await theirPage.goto("/signin");
  await theirPage.getByLabel("Email address").fill(organizer);
  await theirPage.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(theirPage.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // Their first email is the invitation, the second the link.
  await openMagicLink(theirPage, await magicLink(request, organizer, 2));
  await expect(theirPage.getByTestId("signed-in-as")).toHaveText(organizer);

  // The admin's own row cannot be removed; the organizer's can.
  await page.reload();
  const list = page.getByTestId("organizer-list");
  await expect(list.getByRole("row").filter({ hasText: ADMIN_EMAIL })).toContainText("Your account");
  page.once("dialog", (dialog) => dialog.accept());
  await list.getByRole("button", { name: `Remove ${organizer}` }).click();
  await expect(list).not.toContainText(organizer);

  await theirPage.goto("/organizer");
  await expect(theirPage).toHaveURL(/\/signin/);
  await theirs.close();
});
