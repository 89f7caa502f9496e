"use server";

import { revalidateCampaign, revalidatePath } from "@/lib/cache/revalidate";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formValues, refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import {
  addCampaignMemberAs,
  removeCampaignMemberAs,
  createApiKeyAs,
  inviteOrganizerAs,
  revokeApiKeyAs,
  setSignatoryVerifiedAs,
  type AddMemberFields,
} from "./commands";

// Server actions of the organizer pages. Each reads the session itself: the layout's check
// is only a convenience.

const REFUSALS = refusalMessages({
  "not-found": "This campaign does not exist.",
  forbidden: "You are not allowed to do this.",
});

export async function inviteOrganizerAction(_prev: ActionFormState<"email">, formData: FormData): Promise<ActionFormState<"email">> {
  const values = formValues(formData);
  const result = await inviteOrganizerAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidatePath("/admin");
  return {
    status: "done",
    message:
      result.value.kind === "invited"
        ? `${result.value.email} is invited and can now sign in. We emailed them.`
        : `${result.value.email} can already sign in.`,
  };
}

export async function addCampaignMemberAction(
  _prev: ActionFormState<AddMemberFields>,
  formData: FormData,
): Promise<ActionFormState<AddMemberFields>> {
  const values = formValues(formData);
  const result = await addCampaignMemberAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidateCampaign(result.value.campaignSlug);
  return { status: "done", message: `${result.value.email} is now ${result.value.role} of ${result.value.campaignSlug}.` };
}

export async function removeCampaignMemberAction(formData: FormData): Promise<void> {
  // A refused request (not an owner, the last owner, someone not on this team) changes nothing;
  // the page, rendered again, shows the team as it is.
  const result = await removeCampaignMemberAs(await getCurrentUser(), formValues(formData));
  if (!result.ok) return;
  revalidateCampaign(result.value.campaignSlug);
}

export type CreateApiKeyState = ActionFormState<"label"> | { status: "created"; message: string; key: string };

export async function createApiKeyAction(_prev: CreateApiKeyState, formData: FormData): Promise<CreateApiKeyState> {
  const values = formValues(formData);
  const result = await createApiKeyAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidatePath("/organizer");
  return {
    status: "created",
    message: `Your key "${result.value.label}" is below. Copy it now: it will not be shown again.`,
    key: result.value.key,
  };
}

export async function revokeApiKeyAction(formData: FormData): Promise<void> {
  // A key that is not the caller's (or already revoked) changes nothing; the list shows what is.
  await revokeApiKeyAs(await getCurrentUser(), formValues(formData));
  revalidatePath("/organizer");
}

async function setSignatoryVerified(formData: FormData, verified: boolean): Promise<void> {
  // A refused request (signed out, not an editor, a signature of another campaign) changes
  // nothing; the page, rendered again, shows what is.
  const result = await setSignatoryVerifiedAs(await getCurrentUser(), formValues(formData), verified);
  if (result.ok) revalidateCampaign(result.value.campaignSlug);
}

export async function verifySignatoryAction(formData: FormData): Promise<void> {
  await setSignatoryVerified(formData, true);
}

export async function unverifySignatoryAction(formData: FormData): Promise<void> {
  await setSignatoryVerified(formData, false);
}
