import "server-only";
import type { InvalidationFilter } from "@/lib/db/schema";
import { guardCampaignCommand } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/access/guard";
import { messageKey } from "@/lib/i18n/message-key";
import { findCampaignRow } from "@/lib/campaigns/queries";
import { isErasedOrDue } from "@/lib/campaigns/retention";
import { invalidateSignatures, releaseHeldSignatures, setSignatureVisibility, undoInvalidation } from "./mutations";
import { previewInvalidation, type InvalidationPreview } from "./queries";
import {
  heldSignaturesSchema,
  invalidationPreviewSchema,
  invalidationSchema,
  signatureVisibilitySchema,
  toHeldFilter,
  toInvalidationFilter,
  HELD_INVALIDATION_REASON,
  undoInvalidationSchema,
  type VisibilityChange,
} from "./schema";

// The moderation commands behind their checks: authenticate, validate, find the campaign from its
// slug (never trust an id from the form), then authorize. Editors, owners and admins moderate;
// viewers only look. A signature or invalidation of another campaign answers as if it did not exist.
// Once signers' data is erased, or due to be (lib/campaigns/retention.ts), nothing changes any more:
// recounting reads the signature rows anonymisation rewrites, and the counts are final (issue #13).

/** The campaign a change is refused on because its signers' data is erased (or being erased). */
const erased = {
  ok: false as const,
  error: "invalid" as const,
  fieldErrors: { form: messageKey("organizer.moderation.errors.anonymised") },
};

export async function setSignatureVisibilityAs(
  caller: Caller,
  input: unknown,
  change: VisibilityChange,
): Promise<CommandResult<{ campaignSlug: string; signatureId: string; change: VisibilityChange }, "signatureId">> {
  const found = await guardCampaignCommand(caller, signatureVisibilitySchema, input, "edit", findCampaignRow);
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  if (isErasedOrDue(campaign)) return erased;
  if (!(await setSignatureVisibility(user, campaign, data.signatureId, change))) return refuse("not-found");
  return allow({ campaignSlug: campaign.slug, signatureId: data.signatureId, change });
}

export type FilterFields = "from" | "to" | "emailDomain" | "ipHash";

/** Counts what an invalidation would set aside; changes nothing. Part of invalidating, so for editors. */
export async function previewInvalidationAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<InvalidationPreview & { filter: InvalidationFilter }, FilterFields>> {
  const found = await guardCampaignCommand(caller, invalidationPreviewSchema, input, "edit");
  if (!found.ok) return found;
  const { data, campaign } = found.value;
  const filter = toInvalidationFilter(data);
  return allow({ ...(await previewInvalidation(campaign.id, filter)), filter });
}

export type InvalidateResult =
  | { kind: "invalidated"; campaignSlug: string; invalidationId: string; confirmed: number; pending: number }
  | { kind: "count-changed"; campaignSlug: string; preview: InvalidationPreview };

/** Invalidates what the filter matches, only if that is still the count the moderator previewed. */
export async function invalidateSignaturesAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<InvalidateResult, FilterFields | "reason" | "expectedCount">> {
  const found = await guardCampaignCommand(caller, invalidationSchema, input, "edit", findCampaignRow);
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  if (isErasedOrDue(campaign)) return erased;
  const { reason, expectedCount } = data;
  const outcome = await invalidateSignatures(user, campaign, { filter: toInvalidationFilter(data), reason, expectedCount });
  return allow({ ...outcome, campaignSlug: campaign.slug });
}

export async function undoInvalidationAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ campaignSlug: string; confirmed: number; pending: number }, "invalidationId">> {
  const found = await guardCampaignCommand(caller, undoInvalidationSchema, input, "edit", findCampaignRow);
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  if (isErasedOrDue(campaign)) return erased;
  const outcome = await undoInvalidation(user, campaign, data.invalidationId);
  if (outcome.kind === "not-found") return refuse("not-found");
  if (outcome.kind === "already-undone") {
    return { ok: false, error: "invalid", fieldErrors: { invalidationId: messageKey("organizer.moderation.errors.alreadyUndone") } };
  }
  return allow({ campaignSlug: campaign.slug, confirmed: outcome.confirmed, pending: outcome.pending });
}

type HeldFields = "signatureId" | "reason" | "expectedCount";
export type HeldCommandResult = { campaignSlug: string; kind: "done" | "count-changed" };

/** Releases held signatures (issue #13): counted at once if their owners confirmed, else pending. */
export async function releaseHeldSignaturesAs(caller: Caller, input: unknown): Promise<CommandResult<HeldCommandResult, HeldFields>> {
  const found = await guardCampaignCommand(caller, heldSignaturesSchema, input, "edit", findCampaignRow);
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  if (isErasedOrDue(campaign)) return erased;
  const outcome = await releaseHeldSignatures(user, campaign, { filter: toHeldFilter(data), expectedCount: data.expectedCount });
  return allow({ campaignSlug: campaign.slug, kind: outcome.kind === "released" ? "done" : "count-changed" });
}

/**
 * Invalidates held signatures through the invalidations' own path, so the list of invalidations
 * shows it and undoing it puts them back on hold. The reason recorded is the rule's (or "held").
 */
export async function invalidateHeldSignaturesAs(caller: Caller, input: unknown): Promise<CommandResult<HeldCommandResult, HeldFields>> {
  const found = await guardCampaignCommand(caller, heldSignaturesSchema, input, "edit", findCampaignRow);
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  if (isErasedOrDue(campaign)) return erased;
  const outcome = await invalidateSignatures(user, campaign, {
    filter: toHeldFilter(data),
    reason: data.reason ?? HELD_INVALIDATION_REASON,
    expectedCount: data.expectedCount,
  });
  return allow({ campaignSlug: campaign.slug, kind: outcome.kind === "invalidated" ? "done" : "count-changed" });
}
