import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { type APIRequestContext, type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import { signInByEmail } from "../pages/organizer-signin";
import { ADMIN_EMAIL, APP_URL } from "../playwright.config";
import { signaturesUrl } from "./api";
import { uniqueId } from "./ids";
import { confirmLink, Mailbox, withdrawLink } from "./mailbox";

// What layout.spec.ts needs that the seed lacks: an admin session, and a campaign of its own with
// something on every organizer page (listed signers with comments, a paper tally, a sent update and
// a draft, an invalidation) and the emailed links that open the token pages. Nothing here touches
// the seeded campaigns: other specs count their signatures.

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export type PageKindData = {
  admin: StorageState;
  /** The slug of the spec's own campaign, a declaration built on the Paris event. */
  campaign: string;
  /** /organizer/campaigns/<slug>/updates/<id> of an update still in draft, and of one sent. */
  draftUpdate: string;
  sentUpdate: string;
  /** The emailed links of a pending signature (confirm), a confirmed one (withdraw) and an update (unsubscribe). */
  confirm: string;
  withdraw: string;
  unsubscribe: string;
  /** The emailed "Manage my signatures" link of the first listed signer (two signatures' worth of page). */
  manage: string;
};

const EVENT = "paris-5th-district-conference-2017";
const escapedAppUrl = APP_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The data, made once per run. Playwright starts a new worker after every failed test and runs
 * beforeAll again there; this spec is meant to fail until the layout is fixed, so the data is kept in
 * the run's output directory (emptied when a run starts) and made again only if the campaign is gone.
 */
export async function pageKindData(browser: Browser, request: APIRequestContext, outputDir: string): Promise<PageKindData> {
  const file = path.join(outputDir, "layout-page-kind-data.json");
  const kept = await readFile(file, "utf8").then(
    (text) => JSON.parse(text) as PageKindData,
    () => null,
  );
  if (kept && (await request.get(`/api/v1/campaigns/${kept.campaign}`)).ok()) return kept;
  const context = await browser.newContext();
  try {
    const data = await makePageKindData(await context.newPage(), request);
    await mkdir(outputDir, { recursive: true });
    await writeFile(file, JSON.stringify(data));
    return data;
  } finally {
    await context.close();
  }
}

async function makePageKindData(page: Page, request: APIRequestContext): Promise<PageKindData> {
  // Publishing, sending and invalidating ask "are you sure?" in the browser's own dialog.
  page.on("dialog", (dialog) => void dialog.accept());
  await signInByEmail(page, request, ADMIN_EMAIL, (await new Mailbox(request, ADMIN_EMAIL).all()).length);
  const id = uniqueId();
  const campaign = `layout-check-${id}`;
  const organizer = `/organizer/campaigns/${campaign}`;

  // Long words and long names on purpose: they are what pushes a narrow screen sideways.
  await page.goto(`/organizer/campaigns/new?event=${EVENT}&call=0`);
  await page
    .getByLabel("Title", { exact: true })
    .fill("Councillors of Paris’ 5th District ask the United Nations for an investigation (layout check)");
  await page.getByLabel("Slug", { exact: true }).fill(campaign);
  await page.getByLabel(/^A declaration of elected officials/).check();
  await page.getByLabel(/^Summary/).fill("A declaration made for the layout check: every organizer page of it has something to show.");
  await page.getByLabel("Goal", { exact: true }).fill("500");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`${organizer}/edit`));
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("lifecycle-result")).toBeVisible();

  await page.goto(`${organizer}/offline`);
  const tally = page.getByRole("form", { name: "Record a documented offline tally" });
  await tally.getByLabel("Number of signatures").fill("1250");
  await tally.getByLabel("Description, as the source words it").fill("Signed on paper at the Congress of Mayors of France, Porte de Versailles");
  await tally.getByLabel("Source title").fill("Mayors and councillors renew their call for an international investigation");
  await tally.getByLabel("Source date").fill("2017-11-28");
  await tally.getByRole("button", { name: "Record the tally" }).click();
  await expect(page.getByTestId("tally-result")).toBeVisible();

  const signed = async (label: string, fields: Record<string, unknown>, domain = "example.org") => {
    const email = `e2e-layout-${label}-${id}@${domain}`;
    const data = { email, country: "FR", consent: true, office: "municipal-councillor", municipality: "Paris 5e arrondissement", ...fields };
    expect((await request.post(signaturesUrl(campaign), { data })).status()).toBe(202);
    return { email, message: await new Mailbox(request, email).waitForEmail() };
  };
  const confirmed = async (label: string, fields: Record<string, unknown>) => {
    const signer = await signed(label, fields);
    const token = confirmLink(signer.message).split("/confirm/")[1];
    expect((await request.post("/api/v1/confirmations", { data: { token } })).status()).toBe(200);
    return signer;
  };
  const listed = { showName: true, optInUpdates: true };
  const first = await confirmed("listed", {
    ...listed,
    fullName: "Marie-Christine Delacroix-Montgolfier de Saint-Exupéry",
    office: "deputy-mayor",
    comment: "I sign in memory of the prisoners, and for the families who still do not know where their loved ones are buried.",
  });
  await confirmed("second", { ...listed, fullName: "Jean-Baptiste Oyelaran", comment: "For justice." });
  const pending = await signed("pending", { ...listed, fullName: "Kim Pending" });
  await signed("spam", { fullName: "Spam Signer" }, `layout-spam-${id}.example.org`);

  // An update sent to the two confirmed signers brings the unsubscribe link; a second stays a draft.
  await page.goto(`${organizer}/updates`);
  const sentUpdate = await draftUpdate(page, "The declaration was handed to the Mayor of the 5th District");
  await page.getByLabel("I have checked the preview").check();
  await page.getByRole("button", { name: /^Send to 2 signers$/ }).click();
  await expect(page.getByTestId("mailing-status")).toHaveText(/^(sending|sent)$/);
  const update = await new Mailbox(request, first.email).waitForEmail(2);
  const unsubscribe = new RegExp(`${escapedAppUrl}/unsubscribe/[A-Za-z0-9_.-]+`).exec(update.text)?.[0];
  expect(unsubscribe, "an unsubscribe link in the update").toBeTruthy();
  await page.goto(`${organizer}/updates`);
  const draft = await draftUpdate(page, "Next step: the Congress of Mayors in November");

  // The first signer asks for their "Manage my signatures" link: their third email.
  await page.goto("/signatures/manage");
  await page.getByRole("main").getByLabel("Email address", { exact: true }).fill(first.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  const manageEmail = await new Mailbox(request, first.email).waitForEmail(3);
  const manage = new RegExp(`${escapedAppUrl}/signatures/manage/[A-Za-z0-9_-]{43}`).exec(manageEmail.text)?.[0];
  expect(manage, "a link in the email").toBeTruthy();

  await page.goto(`${organizer}/moderation`);
  const filter = page.getByRole("form", { name: "Find signatures to invalidate" });
  await filter.getByLabel("Email domain").fill(`layout-spam-${id}.example.org`);
  await filter.getByRole("button", { name: "Preview" }).click();
  const invalidate = page.getByRole("form", { name: "Invalidate the previewed signatures" });
  await invalidate.getByLabel("Reason").fill("Signed from a throwaway domain during a spam wave");
  await invalidate.getByRole("button", { name: "Invalidate 1 signature" }).click();
  await expect(page.getByTestId("invalidate-result")).toBeVisible();

  return {
    admin: await page.context().storageState(),
    campaign,
    draftUpdate: draft,
    sentUpdate,
    confirm: new URL(confirmLink(pending.message)).pathname,
    withdraw: new URL(withdrawLink(first.message)).pathname,
    unsubscribe: new URL(unsubscribe!).pathname,
    manage: new URL(manage!).pathname,
  };
}

/** Saves an update as a draft from the updates page; returns the draft's own page. */
async function draftUpdate(page: Page, subject: string): Promise<string> {
  await page.getByLabel("Subject", { exact: true }).fill(subject);
  await page.getByLabel("Message", { exact: true }).fill(`${subject}. Thank you for signing: the next steps are on the campaign page.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("mailing-preview-subject")).toHaveText(subject);
  return new URL(page.url()).pathname;
}
