"use server";

import { revalidateCampaign, revalidatePath } from "@/lib/cache/revalidate";
import { refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import { buttonAction, formAction } from "@/lib/forms/form-action";
import { addCampaignMemberAs, removeCampaignMemberAs, createApiKeyAs, inviteOrganizerAs, revokeApiKeyAs, setSignatoryVerifiedAs } from "./commands";

// Server actions of the organizer pages. The commands check the caller themselves: the layout's
// check is only a convenience.

const REFUSALS = refusalMessages({
  "not-found": "This campaign does not exist.",
  forbidden: "You are not allowed to do this.",
});

export const inviteOrganizerAction = formAction(inviteOrganizerAs, REFUSALS, ({ kind, email }) => {
  revalidatePath("/admin");
  return {
    status: "done" as const,
    message: kind === "invited" ? `${email} is invited and can now sign in. We emailed them.` : `${email} can already sign in.`,
  };
});

export const addCampaignMemberAction = formAction(addCampaignMemberAs, REFUSALS, ({ email, role, campaignSlug }) => {
  revalidateCampaign(campaignSlug);
  return { status: "done" as const, message: `${email} is now ${role} of ${campaignSlug}.` };
});

// Refused (not an owner, the last owner, someone not on this team): nothing changes.
export const removeCampaignMemberAction = buttonAction(removeCampaignMemberAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));

export type CreateApiKeyState = ActionFormState<"label"> | { status: "created"; message: string; key: string };

export const createApiKeyAction = formAction(createApiKeyAs, REFUSALS, ({ label, key }) => {
  revalidatePath("/organizer");
  return { status: "created" as const, message: `Your key "${label}" is below. Copy it now: it will not be shown again.`, key };
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
