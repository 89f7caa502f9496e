import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { campaignFormFields } from "../fixtures/campaign-form";
import { createTestCampaign, getDb, schema } from "./support";
import type { Actor, Caller } from "./organizer-actors";

// Shared by the campaigns-* integration tests: a valid form as the browser sends it, and campaigns
// whose team is the matrix's viewer, editor and owner.

export const uniqueSlug = (label = "campaign") => `${label}-${randomUUID().slice(0, 8)}`;

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);

/** A campaign form ready to publish, under an address no other test uses. */
export function campaignForm(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  return campaignFormFields({
    slug: uniqueSlug(),
    summary: "A petition to free the prisoners.",
    statement: "We call on the authorities to free the prisoners.",
    decisionMakers: "UN Human Rights Council\nUN High Commissioner for Human Rights",
    goal: "5000",
    ...overrides,
  });
}

export { inAnHour };

/** A campaign whose viewer, editor and owner are the matrix's. */
export async function campaignWithTeam(callers: Record<Actor, Caller>, options: Parameters<typeof createTestCampaign>[0] = {}) {
  const campaign = await createTestCampaign({ summary: "A summary.", ...options });
  await getDb()
    .insert(schema.campaignMembers)
    .values((["viewer", "editor", "owner"] as const).map((role) => ({ campaignId: campaign.id, userId: callers[role]!.id, role })));
  return campaign;
}

export async function campaignRow(id: string) {
  const [row] = await getDb().select().from(schema.campaigns).where(eq(schema.campaigns.id, id));
  return row;
}

export async function auditActions(campaignId: string): Promise<string[]> {
  const entries = await getDb().select().from(schema.auditLog).where(eq(schema.auditLog.campaignId, campaignId)).orderBy(schema.auditLog.id);
  return entries.map((entry) => entry.action);
}

export async function membership(campaignId: string, userId: string) {
  const [row] = await getDb()
    .select()
    .from(schema.campaignMembers)
    .where(and(eq(schema.campaignMembers.campaignId, campaignId), eq(schema.campaignMembers.userId, userId)));
  return row;
}
