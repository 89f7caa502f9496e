import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { registerExtracts, registerMatches } from "@/lib/db/schema";
import type { RegisterFileKind } from "./register-file";

// Writes of the register (issue #14), each with its audit entry in the same transaction.

export async function createRegisterExtract(
  actor: AuditActor,
  input: { kind: RegisterFileKind; extractDate: string; fileName: string; bytesTotal: number | null },
): Promise<string> {
  return getDb().transaction(async (tx) => {
    const [extract] = await tx
      .insert(registerExtracts)
      .values({ ...input, uploadedBy: actor.id })
      .returning({ id: registerExtracts.id });
    await recordAudit(tx, actor, {
      action: "register.import",
      subject: `${input.kind} ${input.extractDate}`,
      details: { extractId: extract.id, fileName: input.fileName },
    });
    return extract.id;
  });
}

export async function failRegisterExtract(extractId: string, error: { key: string; values?: Record<string, string | number> }): Promise<void> {
  await getDb()
    .update(registerExtracts)
    .set({ status: "failed", error, completedAt: sql`now()` })
    .where(and(eq(registerExtracts.id, extractId), sql`${registerExtracts.status} = 'importing'`));
}

/** An organizer's answer to a match to review; false when the signature has no such match in this campaign. */
export async function decideRegisterMatch(
  actor: AuditActor,
  campaign: { id: string; slug: string },
  signatureId: string,
  decision: "confirmed" | "rejected",
): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const updated = await tx
      .update(registerMatches)
      .set({ decision, decidedBy: actor.id, decidedAt: sql`now()` })
      .where(
        and(
          eq(registerMatches.signatureId, signatureId),
          eq(registerMatches.campaignId, campaign.id),
          eq(registerMatches.current, true),
          sql`${registerMatches.result} = 'review'`,
        ),
      )
      .returning({ difference: registerMatches.difference });
    if (updated.length === 0) return false;
    await recordAudit(tx, actor, {
      action: `register.${decision === "confirmed" ? "confirm" : "reject"}`,
      campaignId: campaign.id,
      subject: campaign.slug,
      details: { signatureId, difference: updated[0].difference },
    });
    return true;
  });
}
