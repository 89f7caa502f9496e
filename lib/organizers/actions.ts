"use server";

import { revalidateCampaign, revalidatePath } from "@/lib/cache/revalidate";
import { refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import { buttonAction, formAction } from "@/lib/forms/form-action";
import { messageKey } from "@/lib/i18n/message-key";
import { getLocale, getTranslations } from "next-intl/server";
import {
  addCampaignMemberAs,
  removeAccountAs,
  removeCampaignMemberAs,
  createApiKeyAs,
  inviteOrganizerAs,
  revokeApiKeyAs,
  setSignatoryVerifiedAs,
} from "./commands";

// Server actions of the organizer pages. The commands check the caller themselves: the layout's
// check is only a convenience. Their messages are catalog keys (lib/i18n/message-key.ts).

const REFUSALS = refusalMessages({
  "not-found": messageKey("organizer.refusals.notFound"),
  forbidden: messageKey("organizer.refusals.forbidden"),
});

// The invitation email goes in the language of the admin's page.
export const inviteOrganizerAction = formAction(
  async (caller, values) => inviteOrganizerAs(caller, values, await getLocale()),
  REFUSALS,
  ({ kind, email }) => {
    revalidatePath("/admin");
    return {
      status: "done" as const,
      message: messageKey(kind === "invited" ? "organizer.invite.invited" : "organizer.invite.alreadyRegistered", { email }),
    };
  },
);

// The role is named in the language of the page that added them.
export const addCampaignMemberAction = formAction(
  async (caller, values) => {
    const result = await addCampaignMemberAs(caller, values);
    if (!result.ok) return result;
    const t = await getTranslations("organizer.roles");
    return { ...result, value: { ...result.value, roleName: t(result.value.role) } };
  },
  REFUSALS,
  ({ email, roleName, campaignSlug }) => {
    revalidateCampaign(campaignSlug);
    return { status: "done" as const, message: messageKey("organizer.addMember.added", { email, role: roleName, campaign: campaignSlug }) };
  },
);

// Refused (not an owner, the last owner, someone not on this team): nothing changes.
export const removeCampaignMemberAction = buttonAction(removeCampaignMemberAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));

export type CreateApiKeyState = ActionFormState<"label"> | { status: "created"; message: string; key: string };

export const createApiKeyAction = formAction(createApiKeyAs, REFUSALS, ({ label, key }) => {
  revalidatePath("/organizer");
  return { status: "created" as const, message: messageKey("organizer.createApiKey.created", { label }), key };
});

// A key that is not the caller's (or already revoked) changes nothing.
export const revokeApiKeyAction = buttonAction(revokeApiKeyAs, () => revalidatePath("/organizer"));

// Refused (signed out, not an editor, a signature of another campaign): nothing changes.
export const verifySignatoryAction = buttonAction(
  (caller, values) => setSignatoryVerifiedAs(caller, values, true),
  ({ campaignSlug }) => revalidateCampaign(campaignSlug),
);

export const unverifySignatoryAction = buttonAction(
  (caller, values) => setSignatoryVerifiedAs(caller, values, false),
  ({ campaignSlug }) => revalidateCampaign(campaignSlug),
);

export const removeAccountAction = formAction(removeAccountAs, REFUSALS, () => {
  revalidatePath("/admin");
  return { status: "done" as const, message: "organizer.admin.removed" };
});
