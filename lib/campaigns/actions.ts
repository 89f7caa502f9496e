"use server";

import { revalidateCampaign } from "@/lib/cache/revalidate";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formValues, refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import { changeCampaignStatusAs, createCampaignAs, postCampaignUpdateAs, updateCampaignAs, type CampaignFields } from "./commands";
import type { TRANSITIONS } from "./lifecycle";

// Server actions of the campaign pages. Each reads the session itself and hands the raw form to
// a command (commands.ts), which finds the campaign by the slug the form names and checks access.

const REFUSALS = refusalMessages({
  "not-found": "This campaign does not exist.",
  forbidden: "You are not allowed to change this campaign.",
});

export async function createCampaignAction(_prev: ActionFormState<CampaignFields>, formData: FormData): Promise<ActionFormState<CampaignFields>> {
  const values = formValues(formData);
  const result = await createCampaignAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidateCampaign(result.value.slug);
  redirect(`/organizer/campaigns/${result.value.slug}/edit?created=1`);
}

export async function updateCampaignAction(_prev: ActionFormState<CampaignFields>, formData: FormData): Promise<ActionFormState<CampaignFields>> {
  const values = formValues(formData);
  const result = await updateCampaignAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  const { slug, previousSlug, changed } = result.value;
  revalidateCampaign(slug);
  if (slug !== previousSlug) {
    revalidateCampaign(previousSlug);
    redirect(`/organizer/campaigns/${slug}/edit?saved=1`);
  }
  return { status: "done", message: changed.length === 0 ? "Nothing had changed." : "Your changes are saved." };
}

export async function changeCampaignStatusAction(_prev: ActionFormState<"transition">, formData: FormData): Promise<ActionFormState<"transition">> {
  const values = formValues(formData);
  const result = await changeCampaignStatusAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidateCampaign(result.value.slug);
  const done: Record<keyof typeof TRANSITIONS, string> = {
    publish: "The campaign is published: it is open for signatures.",
    close: "The campaign is closed: it no longer takes signatures. Its count stays visible.",
    reopen: "The campaign is open again.",
    archive: "The campaign is archived: its page is no longer public.",
    restore: "The campaign is restored: it is closed, and its page is public again.",
  };
  return { status: "done", message: done[result.value.transition] };
}

export type UpdateFields = "kind" | "title" | "body";

export async function postCampaignUpdateAction(_prev: ActionFormState<UpdateFields>, formData: FormData): Promise<ActionFormState<UpdateFields>> {
  const values = formValues(formData);
  const result = await postCampaignUpdateAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidateCampaign(result.value.slug);
  return { status: "done", message: "The update is published on the campaign page." };
}
