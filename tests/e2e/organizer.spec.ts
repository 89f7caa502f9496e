import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { SignInPage, signInByEmail } from "./pages/organizer-signin";
import { petitionSignature, signaturesUrl } from "./support/api";
import { allEmails, confirmLink, Mailbox } from "./support/mailbox";

// ADMIN_EMAILS in playwright.config.ts names this address.
const ADMIN = "admin@organizers.example";

test.describe("the organizer side is closed to anonymous visitors", () => {
  for (const path of ["/organizer", "/admin", "/organizer/campaigns/mayors-declaration"]) {
    test(`${path} sends an anonymous visitor to sign in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
      await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
    });
  }
});

test("an address nobody invited gets an organizer's answer, which says nothing of who is invited, and no email", async ({ page, request }) => {
  const stranger = `stranger.${randomUUID().slice(0, 8)}@example.org`;
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.requestLink(stranger);
  await expect(page).toHaveURL(/\/signin\/check-email$/);
  await expect(page.getByRole("status")).toContainText("If this address belongs to an organizer or an admin");
  await expect(page.getByRole("status")).toContainText("Ask an admin for an invitation");
  await page.waitForTimeout(1_000);
  expect(await new Mailbox(request, stranger).all()).toHaveLength(0);
});

test("the sign-in form points out a malformed address next to the field", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.requestLink("not-an-address");
  await expect(signIn.emailField).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#signin-email-error")).toContainText("right format");
  await expect(signIn.errorSummary.getByRole("link")).toHaveAttribute("href", "#signin-email");
});

test("the admin signs in by email, invites an organizer and puts them on a team; the organizer sees only that campaign", async ({
  browser,
  page,
  request,
}) => {
  const adminEmailsBefore = (await new Mailbox(request, ADMIN).all()).length;
  await signInByEmail(page, request, ADMIN, adminEmailsBefore);
  await expect(page).toHaveURL(/\/organizer$/);
  await expect(page.getByRole("heading", { name: "All campaigns" })).toBeVisible();
  const campaigns = page.getByTestId("organizer-campaigns");
  await expect(campaigns.locator("tr[data-slug=mayors-declaration]")).toBeVisible();
  await expect(campaigns.locator("tr[data-slug=un-commission-of-inquiry]")).toBeVisible();

  // Invite: the schema is checked in the browser first, and errors are tied to the field.
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  const invite = page.getByRole("form", { name: "Invite an organizer" });
  const inviteEmail = invite.getByLabel("Organizer's email address");
  await inviteEmail.fill("nope");
  await invite.getByRole("button", { name: "Invite organizer" }).click();
  await expect(inviteEmail).toHaveAttribute("aria-invalid", "true");
  await expect(inviteEmail).toHaveAttribute("aria-describedby", /invite-email-error/);
  await expect(page.getByTestId("invite-errors")).toBeFocused();

  const organizer = `organizer.${randomUUID().slice(0, 8)}@example.org`;
  await inviteEmail.fill(organizer);
  await invite.getByRole("button", { name: "Invite organizer" }).click();
  await expect(page.getByTestId("invite-result")).toContainText(`${organizer} is invited`);
  await expect(page.getByTestId("organizer-list")).toContainText(organizer);
  const invitation = await new Mailbox(request, organizer).waitForEmail(1);
  expect(invitation.subject).toBe("You are invited to organize campaigns");

  const team = page.getByRole("form", { name: "Add to a campaign team" });
  await team.getByLabel("Campaign").selectOption("mayors-declaration");
  await team.getByLabel("Their email address").fill(organizer);
  await team.getByLabel("Role").selectOption("editor");
  await team.getByRole("button", { name: "Add to the team" }).click();
  await expect(page.getByTestId("member-result")).toContainText(`${organizer} is now editor of mayors-declaration`);

  // The organizer, in a browser of their own.
  const organizerContext = await browser.newContext();
  const organizerPage = await organizerContext.newPage();
  await signInByEmail(organizerPage, request, organizer, 1);
  await expect(organizerPage.getByRole("heading", { name: "Your campaigns" })).toBeVisible();
  const theirs = organizerPage.getByTestId("organizer-campaigns").locator("tbody tr");
  await expect(theirs).toHaveCount(1);
  await expect(theirs.first()).toHaveAttribute("data-slug", "mayors-declaration");
  await expect(theirs.first()).toContainText("editor");
  await expect(organizerPage.getByRole("link", { name: "Admin" })).toHaveCount(0);

  await theirs.first().getByRole("link").click();
  await expect(organizerPage.getByTestId("campaign-team")).toContainText(organizer);
  await expect(organizerPage.getByTestId("campaign-total")).toHaveText(/\d/);

  // A mayor signs and chooses to be listed; the editor marks them verified, and the public list shows it.
  const mayorName = `Mayor ${randomUUID().slice(0, 8)}`;
  const mayorEmail = `mayor.${randomUUID().slice(0, 8)}@example.org`;
  const signed = await request.post(signaturesUrl("mayors-declaration"), {
    data: petitionSignature(mayorEmail, { showName: true, fullName: mayorName, office: "mayor", municipality: "Sceaux" }),
  });
  expect(signed.status()).toBe(202);
  const token = confirmLink(await new Mailbox(request, mayorEmail).waitForEmail()).split("/confirm/")[1];
  expect((await request.post("/api/v1/confirmations", { data: { token } })).status()).toBe(200);
  await organizerPage.getByRole("searchbox", { name: "Name contains" }).fill(mayorName);
  await organizerPage.getByRole("button", { name: "Search", exact: true }).click();
  const listed = organizerPage.getByTestId("listed-signatories");
  await expect(listed.locator("tbody tr")).toHaveCount(1);
  await expect(listed).toContainText("Sceaux");
  await expect(listed).not.toContainText(mayorEmail);
  await listed.getByRole("button", { name: `Mark as verified of ${mayorName}` }).click();
  await expect(listed.getByTestId("verified-state")).toHaveText("✓ verified");
  const publicList = await (await request.get(`/campaigns/mayors-declaration/signatories?q=${encodeURIComponent(mayorName)}`)).text();
  expect(publicList).toContain("verified official");
  await listed.getByRole("button", { name: `Remove verification of ${mayorName}` }).click();
  await expect(listed.getByTestId("verified-state")).toHaveText("not verified");

  // Not an admin, not on that team: both answer 404.
  expect((await organizerPage.goto("/admin"))?.status()).toBe(404);
  expect((await organizerPage.goto("/organizer/campaigns/un-commission-of-inquiry"))?.status()).toBe(404);

  // An API key: shown once on creation, then only its label; revoking it closes the OSDI API to it.
  await organizerPage.goto("/organizer");
  const createKey = organizerPage.getByRole("form", { name: "Create an API key" });
  await createKey.getByLabel("Name of the key").fill("CRM sync");
  await createKey.getByRole("button", { name: "Create API key" }).click();
  await expect(createKey.getByRole("status")).toContainText("it will not be shown again");
  const key = (await organizerPage.getByTestId("new-api-key").textContent()) ?? "";
  expect(key).toMatch(/^pk_[A-Za-z0-9_-]{43}$/);
  const signaturesOfNoPetition = `/api/osdi/v1/petitions/${randomUUID()}/signatures`;
  expect((await request.get(signaturesOfNoPetition, { headers: { "OSDI-API-Token": key } })).status()).toBe(404);
  await organizerPage.reload();
  await expect(organizerPage.getByTestId("new-api-key")).toHaveCount(0);
  const keys = organizerPage.getByTestId("api-keys");
  await expect(keys).toContainText("CRM sync");
  // Revoking asks first (a ConfirmButton): accept the browser's dialog.
  organizerPage.once("dialog", (dialog) => dialog.accept());
  await keys.getByRole("button", { name: "Revoke CRM sync" }).click();
  await expect(keys).toContainText("Revoked");
  expect((await request.get(signaturesOfNoPetition, { headers: { "OSDI-API-Token": key } })).status()).toBe(401);

  // Signing out ends the session: the organizer pages ask for sign-in again.
  await organizerPage.goto("/organizer");
  await organizerPage.getByRole("button", { name: "Sign out" }).click();
  await expect(organizerPage).toHaveURL(/\/signin\?signedOut=1/);
  await organizerPage.goto("/organizer");
  await expect(organizerPage).toHaveURL(/\/signin\?callbackUrl=/);
  await organizerContext.close();

  expect((await allEmails(request)).every((email) => !email.text.includes("authjs.dev"))).toBe(true);
});
