import "server-only";
import { guardCampaignCommand } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/access/guard";
import { isAdmin } from "@/lib/access/permissions";
import { getEnv } from "@/lib/env";
import { messageKey } from "@/lib/i18n/message-key";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import {
  createApiKey,
  inviteOrganizer,
  removeAccount,
  removeCampaignMember,
  revokeApiKey,
  setCampaignMember,
  setSignatureVerified,
  type InviteOutcome,
} from "./mutations";
import { findUserByEmail } from "./queries";
import {
  addCampaignMemberSchema,
  createApiKeySchema,
  inviteOrganizerSchema,
  removeAccountSchema,
  removeCampaignMemberSchema,
  revokeApiKeySchema,
  signatoryVerificationSchema,
} from "./schema";

// The organizer mutations behind their checks: authenticate, then validate and find, then
// authorize. actions.ts passes the session's user; tests pass any caller. Kept out of the
// "use server" module because every export there is callable from a browser, caller included.

/** `locale`: the language of the admin's page, which the invitation email is written in. */
export async function inviteOrganizerAs(
  caller: Caller,
  input: unknown,
  locale = "en",
): Promise<CommandResult<InviteOutcome & { email: string }, "email">> {
  if (!caller) return refuse("unauthenticated");
  if (!(await isAdmin(caller.id))) return refuse("forbidden");
  const parsed = inviteOrganizerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await inviteOrganizer(parsed.data.email, caller, locale);
  return allow({ ...outcome, email: parsed.data.email });
}

export type AddMemberFields = "campaignSlug" | "email" | "role";

export async function addCampaignMemberAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ email: string; role: string; campaignSlug: string }, AddMemberFields>> {
  const found = await guardCampaignCommand(caller, addCampaignMemberSchema, input, "manageTeam");
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  const member = await findUserByEmail(data.email);
  if (!member) {
    return {
      ok: false,
      error: "invalid",
      fieldErrors: { email: messageKey("organizer.addMember.errors.notRegistered") },
    };
  }
  if ((await setCampaignMember(campaign, { id: member.id, email: data.email }, data.role, user)) === "last-owner") {
    return { ok: false, error: "invalid", fieldErrors: { role: LAST_OWNER } };
  }
  return allow({ email: data.email, role: data.role, campaignSlug: campaign.slug });
}

const LAST_OWNER = messageKey("organizer.addMember.errors.lastOwner");

/** Owners (and admins) take someone off the team; a member of another campaign answers as not found. */
export async function removeCampaignMemberAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ campaignSlug: string; userId: string }, "campaignSlug" | "userId">> {
  const found = await guardCampaignCommand(caller, removeCampaignMemberSchema, input, "manageTeam");
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  const outcome = await removeCampaignMember(campaign, data.userId, user);
  if (outcome === "not-member") return refuse("not-found");
  if (outcome === "last-owner") return { ok: false, error: "invalid", fieldErrors: { userId: LAST_OWNER } };
  return allow({ campaignSlug: campaign.slug, userId: data.userId });
}

/** Any signed-in organizer or admin may create keys for themselves; a key acts with its owner's access. */
export async function createApiKeyAs(caller: Caller, input: unknown): Promise<CommandResult<{ key: string; label: string }, "label">> {
  if (!caller) return refuse("unauthenticated");
  const parsed = createApiKeySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { key } = await createApiKey(caller, parsed.data.label);
  return allow({ key, label: parsed.data.label });
}

/** Only the key's owner may revoke it; anyone else's key answers as if it did not exist. */
export async function revokeApiKeyAs(caller: Caller, input: unknown): Promise<CommandResult<{ keyId: string }, "keyId">> {
  if (!caller) return refuse("unauthenticated");
  const parsed = revokeApiKeySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  if (!(await revokeApiKey(caller, parsed.data.keyId))) return refuse("not-found");
  return allow({ keyId: parsed.data.keyId });
}

export type VerificationFields = "campaignSlug" | "signatureId";

/**
 * Editors, owners and admins of the campaign mark a listed signatory as a verified official, or
 * take the mark back. A signature id of another campaign answers as if it did not exist, so an
 * editor of one campaign cannot touch another's signatories through a forged form.
 */
export async function setSignatoryVerifiedAs(
  caller: Caller,
  input: unknown,
  verified: boolean,
): Promise<CommandResult<{ campaignSlug: string; signatureId: string; verified: boolean }, VerificationFields>> {
  const found = await guardCampaignCommand(caller, signatoryVerificationSchema, input, "edit");
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  if (!(await setSignatureVerified(user, campaign, data.signatureId, verified))) return refuse("not-found");
  return allow({ campaignSlug: campaign.slug, signatureId: data.signatureId, verified });
}

/**
 * Admins remove an organizer's or another admin's account: signed out at once, unable to sign in
 * again (issue #13, finding 11). Refused for one's own account and for ADMIN_EMAILS addresses.
 */
export async function removeAccountAs(caller: Caller, input: unknown): Promise<CommandResult<{ userId: string }, "userId">> {
  if (!caller) return refuse("unauthenticated");
  if (!(await isAdmin(caller.id))) return refuse("forbidden");
  const parsed = removeAccountSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await removeAccount(caller, parsed.data.userId, getEnv().ADMIN_EMAILS);
  if (outcome === "not-found") return refuse("not-found");
  if (outcome !== "removed") {
    return {
      ok: false,
      error: "invalid",
      fieldErrors: { userId: messageKey(`organizer.admin.removeErrors.${outcome === "self" ? "self" : "listedAdmin"}`) },
    };
  }
  return allow({ userId: parsed.data.userId });
}
