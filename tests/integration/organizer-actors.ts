import { randomUUID } from "node:crypto";
import { before } from "node:test";
import { createTestCampaign, getDb, schema } from "./support";

// The callers of the organizer test matrices: nobody, an organizer of another campaign, the
// campaign's viewer, editor and owner, and an admin.

export type Caller = { id: string; email: string; role: "admin" | "organizer" } | null;
export type Actor = "anonymous" | "other-organizer" | "viewer" | "editor" | "owner" | "admin";
export const ACTORS: Actor[] = ["anonymous", "other-organizer", "viewer", "editor", "owner", "admin"];

export const newAddress = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.org`;

export async function createUser(role: "admin" | "organizer", label: string) {
  const [user] = await getDb()
    .insert(schema.users)
    .values({ email: newAddress(label), role })
    .returning();
  return { id: user.id, email: user.email, role: user.role } as NonNullable<Caller>;
}

/** A campaign with a viewer, an editor and an owner, another campaign with its own owner, and an admin. */
export async function setUpActors(campaignOptions: Parameters<typeof createTestCampaign>[0] = {}) {
  const campaign = await createTestCampaign(campaignOptions);
  const otherCampaign = await createTestCampaign();
  const callers = { anonymous: null } as Record<Actor, Caller>;
  callers.admin = await createUser("admin", "admin");
  for (const actor of ["other-organizer", "viewer", "editor", "owner"] as const) callers[actor] = await createUser("organizer", actor);
  await getDb()
    .insert(schema.campaignMembers)
    .values([
      { campaignId: otherCampaign.id, userId: callers["other-organizer"]!.id, role: "owner" },
      { campaignId: campaign.id, userId: callers.viewer!.id, role: "viewer" },
      { campaignId: campaign.id, userId: callers.editor!.id, role: "editor" },
      { campaignId: campaign.id, userId: callers.owner!.id, role: "owner" },
    ]);
  return { campaign, otherCampaign, callers };
}

/** The matrix's callers, for a file that needs nothing else of setUpActors: filled in before its tests run. */
export function useCallers(): Record<Actor, Caller> {
  const callers = {} as Record<Actor, Caller>;
  before(async () => {
    Object.assign(callers, (await setUpActors()).callers);
  });
  return callers;
}
