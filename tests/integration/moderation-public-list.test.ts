import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { createTestCampaign, useIntegrationLifecycle } from "./support";
import { addConfirmed, addPending } from "./moderation-fixtures";

const { setSignatureVisibilityAs } = await import("@/lib/moderation/commands");
const { confirmSignature } = await import("@/lib/signing/mutations");
const { listPublicSignatories, streamPublicSignatories } = await import("@/lib/signatory-list/queries");
const { getTally } = await import("@/lib/tallies/queries");
const csvRoute = await import("@/app/api/v1/campaigns/[slug]/signatories.csv/route");
const { createUser } = await import("./organizer-actors");

useIntegrationLifecycle();

// What moderators hide leaves every public place a name or comment appears: the campaign page's
// recent signatories and the signatories page (both listPublicSignatories), and the open-data CSV.
// The count keeps every signature.

let campaign: Awaited<ReturnType<typeof createTestCampaign>>;
let admin: Awaited<ReturnType<typeof createUser>>;

before(async () => {
  campaign = await createTestCampaign();
  admin = await createUser("admin", "public-list-admin");
  await addConfirmed(campaign.id, 1, { fullName: "Kept Signer", comment: "A kind word" });
});

async function csvText(): Promise<string> {
  const response = await csvRoute.GET(new Request(`http://test/api/v1/campaigns/${campaign.slug}/signatories.csv`), {
    params: Promise.resolve({ slug: campaign.slug }),
  });
  assert.equal(response.status, 200);
  return response.text();
}

async function publicViews() {
  const page = (await listPublicSignatories(campaign.id, { page: 1, search: "" })).signatories;
  const streamed = [];
  for await (const batch of streamPublicSignatories(campaign.id)) streamed.push(...batch);
  return { page, streamed, csv: await csvText() };
}

const change = (signatureId: string, kind: "hide-name" | "show-name" | "hide-comment" | "show-comment") =>
  setSignatureVisibilityAs(admin, { campaignSlug: campaign.slug, signatureId }, kind);

describe("hidden names and comments on the public list", () => {
  test("a hidden name takes the signer off the page, the search and the CSV; the count keeps them; showing it brings them back", async () => {
    const [offensive] = await addConfirmed(campaign.id, 1, { fullName: "Offensive Nickname", comment: "Rude words" });
    const tally = (await getTally(campaign.id)).online;
    assert.ok((await publicViews()).page.some((s) => s.name === "Offensive Nickname"));

    assert.equal((await change(offensive.id, "hide-name")).ok, true);
    const { page, streamed, csv } = await publicViews();
    assert.ok(!page.some((s) => s.name === "Offensive Nickname"), "not on the page");
    assert.ok(
      page.some((s) => s.name === "Kept Signer"),
      "others stay",
    );
    assert.deepEqual(streamed, page, "the CSV stream holds the same people");
    assert.doesNotMatch(csv, /Offensive Nickname|Rude words/);
    assert.match(csv, /Kept Signer/);
    assert.equal((await listPublicSignatories(campaign.id, { page: 1, search: "offensive" })).signatories.length, 0, "nor found by search");
    assert.equal((await getTally(campaign.id)).online, tally, "the count is unchanged");

    assert.equal((await change(offensive.id, "show-name")).ok, true);
    assert.ok((await publicViews()).page.some((s) => s.name === "Offensive Nickname"));
  });

  test("a hidden comment is left out while the name stays listed", async () => {
    const [commenter] = await addConfirmed(campaign.id, 1, { fullName: "Named Commenter", comment: "Spam link example" });
    assert.equal((await change(commenter.id, "hide-comment")).ok, true);
    const { page, streamed, csv } = await publicViews();
    const listed = page.find((s) => s.name === "Named Commenter");
    assert.ok(listed, "the name is still listed");
    assert.equal(listed.comment, null);
    assert.equal(page.find((s) => s.name === "Kept Signer")?.comment, "A kind word", "other comments stay");
    assert.deepEqual(streamed, page);
    assert.doesNotMatch(csv, /Spam link example/);
    assert.match(csv, /Named Commenter/);

    assert.equal((await change(commenter.id, "show-comment")).ok, true);
    assert.equal((await publicViews()).page.find((s) => s.name === "Named Commenter")?.comment, "Spam link example");
  });

  test("a hidden name stays hidden once the pending signature is confirmed", async () => {
    const [early] = await addPending(campaign.id, 1, { fullName: "Hidden Before Confirming" });
    assert.equal((await change(early.id, "hide-name")).ok, true);
    assert.equal((await confirmSignature(early.confirm)).kind, "confirmed");
    assert.ok(!(await publicViews()).page.some((s) => s.name === "Hidden Before Confirming"));
  });
});
