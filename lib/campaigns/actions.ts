"use server";

import { getLocale } from "next-intl/server";
import { revalidateCampaign } from "@/lib/cache/revalidate";
import { type ActionFormState, refusalMessages } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { redirect } from "@/lib/i18n/navigation";
import {
  type CampaignFields,
  changeCampaignStatusAs,
  createCampaignAs,
  deleteCampaignTranslationAs,
  deleteUpdateTranslationAs,
  postCampaignUpdateAs,
  saveCampaignTranslationAs,
  saveUpdateTranslationAs,
  updateCampaignAs,
} from "./commands";
import type { TRANSITIONS } from "./lifecycle";

// Server actions of the campaign pages. Each hands the raw form to a command (commands.ts), which
// finds the campaign by the slug the form names and checks the caller's access. Their messages are
// catalog keys (lib/i18n/message-key.ts) that the forms show in the reader's language, and their
// redirects keep that language.

const REFUSALS = refusalMessages({
  "not-found": "editor.refusals.notFound",
  forbidden: "editor.refusals.forbidden",
});

// The settings page shows "created" or "saved" only while the campaign is the version named in
// the address: a later Publish or save moves it, and the banner goes.
const createIn = (locale: string) =>
  formAction(createCampaignAs, REFUSALS, ({ slug, version }): never => {
    revalidateCampaign(slug);
    return redirect({ href: `/organizer/campaigns/${slug}/edit?${new URLSearchParams({ created: version })}`, locale });
  });

export async function createCampaignAction(previous: ActionFormState<CampaignFields>, formData: FormData): Promise<ActionFormState<CampaignFields>> {
  return createIn(await getLocale())(previous, formData);
}

/** The settings form's state: a save's message carries the campaign version it describes. */
export type CampaignFormState = ActionFormState<CampaignFields> | { status: "done"; message: string; version: string };

const updateIn = (locale: string) =>
  formAction(updateCampaignAs, REFUSALS, ({ slug, previousSlug, changed, version }): CampaignFormState => {
    revalidateCampaign(slug);
    if (slug !== previousSlug) {
      revalidateCampaign(previousSlug);
      redirect({ href: `/organizer/campaigns/${slug}/edit?${new URLSearchParams({ saved: version })}`, locale });
    }
    return { status: "done", message: changed.length === 0 ? "editor.settings.nothingChanged" : "editor.settings.saved", version };
  });

export async function updateCampaignAction(previous: CampaignFormState, formData: FormData): Promise<CampaignFormState> {
  return updateIn(await getLocale())(previous, formData);
}

export const changeCampaignStatusAction = formAction(changeCampaignStatusAs, REFUSALS, ({ slug, transition }) => {
  revalidateCampaign(slug);
  return { status: "done" as const, message: `editor.lifecycle.done.${transition satisfies keyof typeof TRANSITIONS}` };
});

export type UpdateFields = "kind" | "language" | "title" | "body" | "snapshotId";

export const postCampaignUpdateAction = formAction(postCampaignUpdateAs, REFUSALS, ({ slug }) => {
  revalidateCampaign(slug);
  return { status: "done" as const, message: "editor.updateForm.published" };
});

// A translation changes the public pages in its language (and the campaign page's list of versions).
export const saveCampaignTranslationAction = formAction(saveCampaignTranslationAs, REFUSALS, ({ slug }) => {
  revalidateCampaign(slug);
  return { status: "done" as const, message: "editor.translations.saved" };
});

export const deleteCampaignTranslationAction = formAction(deleteCampaignTranslationAs, REFUSALS, ({ slug }) => {
  revalidateCampaign(slug);
  return { status: "done" as const, message: "editor.translations.removed" };
});

export const saveUpdateTranslationAction = formAction(saveUpdateTranslationAs, REFUSALS, ({ slug }) => {
  revalidateCampaign(slug);
  return { status: "done" as const, message: "editor.translations.saved" };
});

export const deleteUpdateTranslationAction = formAction(deleteUpdateTranslationAs, REFUSALS, ({ slug }) => {
  revalidateCampaign(slug);
  return { status: "done" as const, message: "editor.translations.removed" };
});
