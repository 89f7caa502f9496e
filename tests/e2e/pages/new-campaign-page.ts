import { expect, type Page } from "@playwright/test";

/**
 * Creates and publishes a petition (or, with `declaration`, a declaration of elected officials that
 * lists its signers) from /organizer/campaigns/new as the signed-in organizer, who becomes its
 * owner: a campaign no other test signs, for counts a test can predict.
 */
export async function publishNewPetition(
  page: Page,
  campaign: { slug: string; title: string; language?: "en" | "fr" | "fa"; declaration?: boolean },
): Promise<void> {
  await page.goto("/organizer/campaigns/new");
  if (campaign.declaration) {
    // Office and municipality become required; the signers who agree are listed by name.
    await page.getByLabel("A declaration of elected officials (asks their office and municipality)").check();
    await page.getByLabel("List signers' names publicly (only those who agree to be listed)").check();
  }
  await page.getByLabel("Title", { exact: true }).fill(campaign.title);
  await page.getByLabel("Slug", { exact: true }).fill(campaign.slug);
  await page.getByLabel("Language of the text").selectOption(campaign.language ?? "en");
  await page.getByLabel("Summary (required to publish)", { exact: true }).fill("A call for an independent inquiry.");
  await page.getByLabel("Statement (required to publish)", { exact: true }).fill("We call for an independent inquiry.");
  await page.getByLabel("Decision makers (required to publish)", { exact: true }).fill("The authorities");
  await page.getByLabel("Goal", { exact: true }).fill("100");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/organizer/campaigns/${campaign.slug}/edit`));
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("lifecycle-result")).toBeVisible();
  await expect(page.getByTestId("campaign-status")).toHaveText("open");
}
