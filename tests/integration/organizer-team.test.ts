import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { getDb, schema, useIntegrationLifecycle } from "./support";
import { ACTORS, setUpActors, type Actor } from "./organizer-actors";
import { inEnglish as english } from "../fixtures/english";

const { addCampaignMemberAs, removeCampaignMemberAs } = await import("@/lib/organizers/commands");

useIntegrationLifecycle();

// Campaign teams are run by their owners (and admins) from the campaign's page: add, change a
// role, take someone off. A team never loses its last owner.

const EXPECTED: Record<Actor, string> = {
  anonymous: "unauthenticated",
  "other-organizer": "forbidden",
  viewer: "forbidden",
  editor: "forbidden",
  owner: "ok",
  admin: "ok",
};

const membership = async (campaignId: string, userId: string) =>
  (
    await getDb()
      .select({ role: schema.campaignMembers.role })
      .from(schema.campaignMembers)
      .where(and(eq(schema.campaignMembers.campaignId, campaignId), eq(schema.campaignMembers.userId, userId)))
  )[0]?.role ?? null;

const removals = async (campaignId: string) =>
  (
    await getDb()
      .select({ id: schema.auditLog.id })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.campaignId, campaignId), eq(schema.auditLog.action, "campaign.remove-member")))
  ).length;

describe("taking someone off a campaign's team", () => {
  for (const actor of ACTORS) {
    test(`${actor}: ${EXPECTED[actor]}`, async () => {
      const { campaign, callers } = await setUpActors();
      const result = await removeCampaignMemberAs(callers[actor], { campaignSlug: campaign.slug, userId: callers.viewer!.id });
      if (EXPECTED[actor] === "ok") {
        assert.ok(result.ok, JSON.stringify(result));
        assert.equal(await membership(campaign.id, callers.viewer!.id), null);
        assert.equal(await removals(campaign.id), 1, "an audit entry, with the change");
      } else {
        assert.deepEqual(result, { ok: false, error: EXPECTED[actor] });
        assert.equal(await membership(campaign.id, callers.viewer!.id), "viewer", "nothing changed");
        assert.equal(await removals(campaign.id), 0);
      }
    });
  }

  test("someone on another campaign's team answers as not found, and stays where they are", async () => {
    const { campaign, otherCampaign, callers } = await setUpActors();
    const result = await removeCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, userId: callers["other-organizer"]!.id });
    assert.deepEqual(result, { ok: false, error: "not-found" });
    assert.equal(await membership(otherCampaign.id, callers["other-organizer"]!.id), "owner");
  });

  test("a malformed member id is a field error", async () => {
    const { campaign, callers } = await setUpActors();
    const result = await removeCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, userId: "'; drop table users; --" });
    assert.ok(!result.ok && result.error === "invalid" && "userId" in result.fieldErrors);
  });
});

describe("a team never loses its last owner", () => {
  test("the only owner can neither leave nor step down; with a second owner, they can", async () => {
    const { campaign, callers } = await setUpActors();
    const owner = callers.owner!;
    const leave = await removeCampaignMemberAs(owner, { campaignSlug: campaign.slug, userId: owner.id });
    assert.ok(!leave.ok && leave.error === "invalid" && /only owner/.test(english(leave.fieldErrors.userId)), JSON.stringify(leave));
    const stepDown = await addCampaignMemberAs(callers.admin, { campaignSlug: campaign.slug, email: owner.email, role: "editor" });
    assert.ok(!stepDown.ok && stepDown.error === "invalid" && /only owner/.test(english(stepDown.fieldErrors.role)), JSON.stringify(stepDown));
    assert.equal(await membership(campaign.id, owner.id), "owner");

    assert.ok((await addCampaignMemberAs(owner, { campaignSlug: campaign.slug, email: callers.editor!.email, role: "owner" })).ok);
    assert.ok((await removeCampaignMemberAs(owner, { campaignSlug: campaign.slug, userId: owner.id })).ok);
    assert.equal(await membership(campaign.id, owner.id), null);
    assert.equal(await membership(campaign.id, callers.editor!.id), "owner");
  });

  test("two owners removing each other at the same moment leave one of them", async () => {
    const { campaign, callers } = await setUpActors();
    assert.ok((await addCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, email: callers.editor!.email, role: "owner" })).ok);
    const [a, b] = await Promise.all([
      removeCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, userId: callers.editor!.id }),
      removeCampaignMemberAs(callers.editor, { campaignSlug: campaign.slug, userId: callers.owner!.id }),
    ]);
    assert.equal([a, b].filter((r) => r.ok).length, 1, JSON.stringify([a, b]));
    const owners = await getDb()
      .select()
      .from(schema.campaignMembers)
      .where(and(eq(schema.campaignMembers.campaignId, campaign.id), eq(schema.campaignMembers.role, "owner")));
    assert.equal(owners.length, 1);
  });
});
