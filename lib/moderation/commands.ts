import "server-only";
import type { InvalidationFilter } from "@/lib/db/schema";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/organizers/guard";
import { canEditCampaign } from "@/lib/organizers/permissions";
import { findCampaignBySlug } from "@/lib/organizers/queries";
import { fieldErrorsOf } from "@/lib/organizers/schema";
import { invalidateSignatures, setSignatureVisibility, undoInvalidation } from "./mutations";
import { previewInvalidation, type InvalidationPreview } from "./queries";
import {
  invalidationPreviewSchema,
  invalidationSchema,
  signatureVisibilitySchema,
  toInvalidationFilter,
  undoInvalidationSchema,
  type VisibilityChange,
} from "./schema";

// The moderation commands behind their checks: authenticate, validate, find the campaign from its
// slug (never trust an id from the form), then authorize. Editors, owners and admins moderate;
// viewers only look. A signature or invalidation of another campaign answers as if it did not exist.

async function editableCampaign(caller: NonNullable<Caller>, slug: string) {
  const campaign = await findCampaignBySlug(slug);
  if (!campaign) return refuse("not-found");
  if (!(await canEditCampaign(caller.id, campaign.id))) return refuse("forbidden");
  return allow(campaign);
}

export async function setSignatureVisibilityAs(
  caller: Caller,
  input: unknown,
  change: VisibilityChange,
): Promise<CommandResult<{ campaignSlug: string; signatureId: string; change: VisibilityChange }, "signatureId">> {
  if (!caller) return refuse("unauthenticated");
  const parsed = signatureVisibilitySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const campaign = await editableCampaign(caller, parsed.data.campaignSlug);
  if (!campaign.ok) return campaign;
  if (!(await setSignatureVisibility(caller, campaign.value, parsed.data.signatureId, change))) return refuse("not-found");
  return allow({ campaignSlug: campaign.value.slug, signatureId: parsed.data.signatureId, change });
}

export type FilterFields = "from" | "to" | "emailDomain" | "ipHash";

/** Counts what an invalidation would set aside; changes nothing. Part of invalidating, so for editors. */
export async function previewInvalidationAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<InvalidationPreview & { filter: InvalidationFilter }, FilterFields>> {
  if (!caller) return refuse("unauthenticated");
  const parsed = invalidationPreviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const campaign = await editableCampaign(caller, parsed.data.campaignSlug);
  if (!campaign.ok) return campaign;
  const filter = toInvalidationFilter(parsed.data);
  return allow({ ...(await previewInvalidation(campaign.value.id, filter)), filter });
}

export type InvalidateResult =
  | { kind: "invalidated"; campaignSlug: string; invalidationId: string; confirmed: number; pending: number }
  | { kind: "count-changed"; campaignSlug: string; preview: InvalidationPreview };

/** Invalidates what the filter matches, only if that is still the count the moderator previewed. */
export async function invalidateSignaturesAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<InvalidateResult, FilterFields | "reason" | "expectedCount">> {
  if (!caller) return refuse("unauthenticated");
  const parsed = invalidationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const campaign = await editableCampaign(caller, parsed.data.campaignSlug);
  if (!campaign.ok) return campaign;
  const { reason, expectedCount } = parsed.data;
  const outcome = await invalidateSignatures(caller, campaign.value, { filter: toInvalidationFilter(parsed.data), reason, expectedCount });
  return allow({ ...outcome, campaignSlug: campaign.value.slug });
}

export async function undoInvalidationAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ campaignSlug: string; confirmed: number; pending: number }, "invalidationId">> {
  if (!caller) return refuse("unauthenticated");
  const parsed = undoInvalidationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const campaign = await editableCampaign(caller, parsed.data.campaignSlug);
  if (!campaign.ok) return campaign;
  const outcome = await undoInvalidation(caller, campaign.value, parsed.data.invalidationId);
  if (outcome.kind === "not-found") return refuse("not-found");
  if (outcome.kind === "already-undone") {
    return { ok: false, error: "invalid", fieldErrors: { invalidationId: "This invalidation was already undone." } };
  }
  return allow({ campaignSlug: campaign.value.slug, confirmed: outcome.confirmed, pending: outcome.pending });
}
