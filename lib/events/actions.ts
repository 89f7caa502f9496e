"use server";

import { revalidateEvent } from "@/lib/cache/revalidate";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import type { CommandResult, Refusal } from "@/lib/access/guard";
import { messageKey } from "@/lib/i18n/message-key";
import { redirect } from "@/lib/i18n/navigation";
import { formAction } from "@/lib/forms/form-action";
import { refusalMessages } from "@/lib/forms/action-state";
import { createEventAs, deleteEventTranslationAs, draftEventAs, saveEventTranslationAs, updateEventAs } from "./commands";
import { eventInputFromFormData, formValuesFromInput } from "./form-data";
import { toEventFormValues, type EventFormValues } from "./schema";

// Server actions of the organizer event pages. Each reads the session itself and goes through
// commands.ts; the layout's check is only a convenience. Their messages are catalog keys
// (lib/i18n/message-key.ts), which the forms show in the organizer's language.

export type EventFormState = { status: "idle" } | { status: "error"; message: string; fieldErrors: Record<string, string>; values: EventFormValues };

export type ImportReportState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors: { text?: string } }
  | { status: "draft"; draft: EventFormValues; readAt: number };

const REFUSALS: Record<Refusal, string> = {
  unauthenticated: messageKey("events.refusals.unauthenticated"),
  "not-found": messageKey("events.refusals.notFound"),
  forbidden: messageKey("events.refusals.forbidden"),
};
const PROBLEM = messageKey("events.refusals.problem");

function failure(result: Exclude<CommandResult<unknown>, { ok: true }>, input: Record<string, unknown>): EventFormState {
  const values = formValuesFromInput(input);
  if (result.error === "invalid") return { status: "error", message: PROBLEM, fieldErrors: result.fieldErrors as Record<string, string>, values };
  return { status: "error", message: REFUSALS[result.error], fieldErrors: {}, values };
}

/** `previousSlug`: the address the event had, when a change gave it a new one. */
async function saved(slug: string, previousSlug = slug): Promise<never> {
  revalidateEvent(slug);
  if (previousSlug !== slug) revalidateEvent(previousSlug);
  // In the organizer's language: /fr/organizer/events/x for a French page.
  return redirect({ href: `/organizer/events/${slug}`, locale: await getLocale() });
}

export async function createEventAction(_previous: EventFormState, formData: FormData): Promise<EventFormState> {
  const input = eventInputFromFormData(formData.entries());
  const result = await createEventAs(await getCurrentUser(), input);
  if (!result.ok) return failure(result, input);
  return saved(result.value.slug);
}

/** Bound to the event's slug by the edit page; the command checks the caller against that event. */
export async function updateEventAction(slug: string, _previous: EventFormState, formData: FormData): Promise<EventFormState> {
  const input = eventInputFromFormData(formData.entries());
  const result = await updateEventAs(await getCurrentUser(), slug, input);
  if (!result.ok) return failure(result, input);
  return saved(result.value.slug, slug);
}

export async function importReportAction(_previous: ImportReportState, formData: FormData): Promise<ImportReportState> {
  const text = formData.get("text");
  const result = await draftEventAs(await getCurrentUser(), { text: typeof text === "string" ? text : undefined });
  if (result.ok) return { status: "draft", draft: toEventFormValues(result.value), readAt: Date.now() };
  // A refusal of the whole request (too many imports just now) comes as the form's own error.
  if (result.error === "invalid") return { status: "error", message: result.fieldErrors.form ?? PROBLEM, fieldErrors: result.fieldErrors };
  return {
    status: "error",
    message: result.error === "unauthenticated" ? REFUSALS.unauthenticated : messageKey("events.refusals.notAllowed"),
    fieldErrors: {},
  };
}

const TRANSLATION_REFUSALS = refusalMessages({
  "not-found": messageKey("events.refusals.notFound"),
  forbidden: messageKey("events.refusals.forbidden"),
});

// A translation changes the public event page in its language.
export const saveEventTranslationAction = formAction(saveEventTranslationAs, TRANSLATION_REFUSALS, ({ slug }) => {
  revalidateEvent(slug);
  return { status: "done" as const, message: "editor.translations.saved" };
});

export const deleteEventTranslationAction = formAction(deleteEventTranslationAs, TRANSLATION_REFUSALS, ({ slug }) => {
  revalidateEvent(slug);
  return { status: "done" as const, message: "editor.translations.removed" };
});
