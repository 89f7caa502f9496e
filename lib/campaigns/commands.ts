import "server-only";
import { z } from "zod";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/access/guard";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { slugSchema } from "@/lib/validation/slug";
import type { Campaign } from "@/lib/db/schema";
import { campaignVersion } from "./form-defaults";
import {
  applyTransition,
  deleteTranslation,
  deleteUpdateTranslation,
  insertCampaign,
  insertCampaignUpdate,
  SLUG_TAKEN,
  saveTranslation,
  saveUpdateTranslation,
  updateCampaign,
  type WriteResult,
} from "./mutations";
import { findCampaignRow, findEventForCampaign, isSlugTaken } from "./queries";
import {
  buildCreateCampaignSchema,
  buildEditCampaignSchema,
  campaignUpdateSchema,
  campaignTranslationSchema,
  changeStatusSchema,
  deleteTranslationSchema,
  deleteUpdateTranslationSchema,
  type CampaignFormField,
  type CampaignInput,
  type TranslationFields,
  type UpdateTranslationFields,
  updateTranslationSchema,
  type TransitionName,
} from "./schema";

// The campaign commands behind their checks: authenticate, then find, then authorize, then
// validate and write. The campaign is always re-read from the slug the form names, never taken
// from the client, and access is checked on that campaign. actions.ts passes the session's user;
// tests pass any caller.

export type CampaignFields = CampaignFormField | "eventSlug" | "campaignSlug";

const invalid = <F extends string>(fieldErrors: Partial<Record<F | "form", string>>) => ({
  ok: false as const,
  error: "invalid" as const,
  fieldErrors,
});

const actorOf = (caller: NonNullable<Caller>) => ({ id: caller.id, email: caller.email });

/** Any signed-in organizer or admin may start a campaign; they become the owner of its team. */
export async function createCampaignAs(caller: Caller, input: unknown): Promise<CommandResult<{ slug: string; version: string }, CampaignFields>> {
  if (!caller) return refuse("unauthenticated");
  const parsed = buildCreateCampaignSchema().safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { eventSlug, ...fields } = parsed.data;
  let eventId: string | null = null;
  if (eventSlug) {
    const event = await findEventForCampaign(eventSlug);
    if (!event) return invalid({ form: "editor.errors.eventGone" });
    eventId = event.id;
  }
  if (await isSlugTaken(fields.slug)) return invalid({ slug: SLUG_TAKEN });
  return written(await insertCampaign(actorOf(caller), fields, eventId), (campaign) => ({ slug: campaign.slug, version: campaignVersion(campaign) }));
}

const campaignSlugOnly = z.object({ campaignSlug: slugSchema });

/** Finds the campaign a form names and checks that the caller may edit it. */
async function editableCampaign(caller: Caller, input: unknown) {
  const target = campaignSlugOnly.safeParse(input);
  return guardCampaign(caller, target.success ? target.data.campaignSlug : null, "edit", findCampaignRow);
}

/** The first privacy setting a save changes, if any. */
function privacyChange(current: Campaign, input: CampaignInput): "retentionMonths" | "keepPublicList" | null {
  if (input.retentionMonths !== undefined && input.retentionMonths !== current.retentionMonths) return "retentionMonths";
  if (input.keepPublicList !== undefined && input.keepPublicList !== current.keepPublicList) return "keepPublicList";
  return null;
}

/** Whether a save changes the proof of work (issue #13). */
const proofOfWorkChange = (current: Campaign, input: CampaignInput) => input.proofOfWork !== undefined && input.proofOfWork !== current.proofOfWork;

/** `version`: the saved campaign's (`campaignVersion`), which the form's "saved" message belongs to. */
export type SavedCampaign = { slug: string; previousSlug: string; changed: string[]; version: string };

export async function updateCampaignAs(caller: Caller, input: unknown): Promise<CommandResult<SavedCampaign, CampaignFields>> {
  const found = await editableCampaign(caller, input);
  if (!found.ok) return found;
  const { campaign } = found.value;
  // A closing date that has passed may stay as it is (a closed campaign's), not be newly set.
  const parsed = buildEditCampaignSchema({ keepClosesAt: campaign.closesAt }).safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { campaignSlug: _, ...fields } = parsed.data;
  // How long signers' data is kept is the owners' call, like the team (issue #13).
  const privacy = privacyChange(campaign, fields);
  if (privacy && !found.value.access.manageTeam) return invalid({ [privacy]: "editor.errors.retentionOwnersOnly" });
  // So is what signers are asked to prove: it decides whose signatures wait for a moderator.
  if (proofOfWorkChange(campaign, fields) && !found.value.access.manageTeam) return invalid({ proofOfWork: "editor.errors.proofOfWorkOwnersOnly" });
  const result = await updateCampaign(actorOf(found.value.user), campaign.id, fields);
  if (!result) return refuse("not-found");
  return written(result, ({ campaign: saved, previousSlug, changed }) => ({
    slug: saved.slug,
    previousSlug,
    changed,
    version: campaignVersion(saved),
  }));
}

export type StatusChange = { slug: string; status: Campaign["status"]; transition: TransitionName; eventId: string | null };

export async function changeCampaignStatusAs(caller: Caller, input: unknown): Promise<CommandResult<StatusChange, "transition">> {
  const found = await editableCampaign(caller, input);
  if (!found.ok) return found;
  const parsed = changeStatusSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await applyTransition(actorOf(found.value.user), found.value.campaign.id, parsed.data.transition);
  if (!result) return refuse("not-found");
  return written(result, (campaign) => ({
    slug: campaign.slug,
    status: campaign.status,
    transition: parsed.data.transition,
    eventId: campaign.eventId,
  }));
}

export async function postCampaignUpdateAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ slug: string; updateId: string; outcome: Campaign["outcome"] }, "kind" | "language" | "title" | "body" | "snapshotId">> {
  const found = await editableCampaign(caller, input);
  if (!found.ok) return found;
  const parsed = campaignUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { kind, title, body, language, snapshotId } = parsed.data;
  const result = await insertCampaignUpdate(actorOf(found.value.user), found.value.campaign.id, { kind, title, body, language, snapshotId });
  if (!result) return refuse("not-found");
  return written(result, ({ campaign, updateId }) => ({ slug: campaign.slug, updateId, outcome: campaign.outcome }));
}

/** Adds or replaces an update's translation into one language: editors, owners and admins. */
export async function saveUpdateTranslationAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ slug: string; created: boolean }, UpdateTranslationFields>> {
  const found = await editableCampaign(caller, input);
  if (!found.ok) return found;
  const parsed = updateTranslationSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await saveUpdateTranslation(actorOf(found.value.user), found.value.campaign.id, parsed.data);
  if (!result) return refuse("not-found");
  return written(result, ({ campaign, created }) => ({ slug: campaign.slug, created }));
}

export async function deleteUpdateTranslationAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ slug: string; deleted: boolean }, "language">> {
  const found = await editableCampaign(caller, input);
  if (!found.ok) return found;
  const parsed = deleteUpdateTranslationSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await deleteUpdateTranslation(actorOf(found.value.user), found.value.campaign.id, parsed.data);
  if (!result) return refuse("not-found");
  return written(result, ({ campaign, deleted }) => ({ slug: campaign.slug, deleted }));
}

function written<T, R, F extends string>(result: WriteResult<T>, map: (value: T) => R): CommandResult<R, F> {
  return result.ok ? allow(map(result.value)) : invalid(result.fieldErrors as Partial<Record<F | "form", string>>);
}

/** Adds or replaces a campaign's translation into one language: editors, owners and admins. */
export async function saveCampaignTranslationAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ slug: string; language: string; created: boolean }, TranslationFields>> {
  const found = await editableCampaign(caller, input);
  if (!found.ok) return found;
  const parsed = campaignTranslationSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await saveTranslation(actorOf(found.value.user), found.value.campaign.id, parsed.data);
  if (!result) return refuse("not-found");
  return written(result, ({ campaign, created }) => ({ slug: campaign.slug, language: parsed.data.language, created }));
}

export async function deleteCampaignTranslationAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ slug: string; deleted: boolean }, "language">> {
  const found = await editableCampaign(caller, input);
  if (!found.ok) return found;
  const parsed = deleteTranslationSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await deleteTranslation(actorOf(found.value.user), found.value.campaign.id, parsed.data.language);
  if (!result) return refuse("not-found");
  return written(result, ({ campaign, deleted }) => ({ slug: campaign.slug, deleted }));
}
