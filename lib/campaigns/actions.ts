"use server";

import { redirect } from "next/navigation";
import { revalidateCampaign } from "@/lib/cache/revalidate";
import { type ActionFormState, refusalMessages } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { type CampaignFields, changeCampaignStatusAs, createCampaignAs, postCampaignUpdateAs, updateCampaignAs } from "./commands";
import type { TRANSITIONS } from "./lifecycle";

// Server actions of the campaign pages. Each hands the raw form to a command (commands.ts), which
// finds the campaign by the slug the form names and checks the caller's access.

const REFUSALS = refusalMessages({
  "not-found": "This campaign does not exist.",
  forbidden: "You are not allowed to change this campaign.",
});

// The settings page shows "created" or "saved" only while the campaign is the version named in
// the address: a later Publish or save moves it, and the banner goes.
export const createCampaignAction = formAction(createCampaignAs, REFUSALS, ({ slug, version }): never => {
  revalidateCampaign(slug);
  redirect(`/organizer/campaigns/${slug}/edit?${new URLSearchParams({ created: version })}`);
});

/** The settings form's state: a save's message carries the campaign version it describes. */
export type CampaignFormState = ActionFormState<CampaignFields> | { status: "done"; message: string; version: string };

export const updateCampaignAction = formAction(updateCampaignAs, REFUSALS, ({ slug, previousSlug, changed, version }): CampaignFormState => {
  revalidateCampaign(slug);
  if (slug !== previousSlug) {
    revalidateCampaign(previousSlug);
    redirect(`/organizer/campaigns/${slug}/edit?${new URLSearchParams({ saved: version })}`);
  }
  return { status: "done", message: changed.length === 0 ? "Nothing had changed." : "Your changes are saved.", version };
});

const STATUS_CHANGED: Record<keyof typeof TRANSITIONS, string> = {
  publish: "The campaign is published: it is open for signatures.",
  close: "The campaign is closed: it no longer takes signatures. Its count stays visible.",
  reopen: "The campaign is open again.",
  archive: "The campaign is archived: its page is no longer public.",
  restore: "The campaign is restored: it is closed, and its page is public again.",
};

export const changeCampaignStatusAction = formAction(changeCampaignStatusAs, REFUSALS, ({ slug, transition }) => {
  revalidateCampaign(slug);
  return { status: "done" as const, message: STATUS_CHANGED[transition] };
});

export type UpdateFields = "kind" | "title" | "body";

export const postCampaignUpdateAction = formAction(postCampaignUpdateAs, REFUSALS, ({ slug }) => {
  revalidateCampaign(slug);
  return { status: "done" as const, message: "The update is published on the campaign page." };
});
