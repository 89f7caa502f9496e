"use server";

import { revalidateCampaign } from "@/lib/cache/revalidate";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formValues, refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import { buttonAction } from "@/lib/forms/form-action";
import type { InvalidationFilter } from "@/lib/db/schema";
import { messageKey } from "@/lib/i18n/message-key";
import {
  invalidateHeldSignaturesAs,
  invalidateSignaturesAs,
  previewInvalidationAs,
  releaseHeldSignaturesAs,
  setSignatureVisibilityAs,
  undoInvalidationAs,
  type FilterFields,
} from "./commands";
import type { InvalidationPreview } from "./queries";
import type { VisibilityChange } from "./schema";

// Server actions of the moderation page. Each reads the session itself and passes everything to a
// command that validates, re-derives the campaign from its slug and authorizes. Messages are catalog
// keys (lib/i18n/message-key.ts); the form shows them in its reader's language.

const REFUSALS = refusalMessages({
  "not-found": messageKey("organizer.moderation.refusals.notFound"),
  forbidden: messageKey("organizer.moderation.refusals.forbidden"),
});

// Refused (signed out, a viewer, a signature of another campaign): nothing changes.
const visibilityAction = (change: VisibilityChange) =>
  buttonAction(
    (caller, values) => setSignatureVisibilityAs(caller, values, change),
    ({ campaignSlug }) => revalidateCampaign(campaignSlug),
  );

export const hideNameAction = visibilityAction("hide-name");
export const showNameAction = visibilityAction("show-name");
export const hideCommentAction = visibilityAction("hide-comment");
export const showCommentAction = visibilityAction("show-comment");

export type PreviewState =
  | ActionFormState<FilterFields>
  | { status: "previewed"; preview: InvalidationPreview; filter: InvalidationFilter; values: Record<string, string> };

export async function previewInvalidationAction(_prev: PreviewState, formData: FormData): Promise<PreviewState> {
  const values = formValues(formData);
  const result = await previewInvalidationAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  const { filter, ...preview } = result.value;
  return { status: "previewed", preview, filter, values };
}

export type InvalidateState = ActionFormState<FilterFields | "reason" | "expectedCount">;

export async function invalidateSignaturesAction(_prev: InvalidateState, formData: FormData): Promise<InvalidateState> {
  const values = formValues(formData);
  const result = await invalidateSignaturesAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  const outcome = result.value;
  if (outcome.kind === "count-changed") {
    const { total, confirmed, pending } = outcome.preview;
    return {
      status: "error",
      message: messageKey("organizer.moderation.results.countChanged", { total, confirmed, pending }),
      fieldErrors: {},
      values,
    };
  }
  revalidateCampaign(outcome.campaignSlug);
  return {
    status: "done",
    message: messageKey("organizer.moderation.results.invalidated", {
      total: outcome.confirmed + outcome.pending,
      confirmed: outcome.confirmed,
      pending: outcome.pending,
    }),
  };
}

// Undoing twice, or an invalidation of another campaign, changes nothing.
export const undoInvalidationAction = buttonAction(undoInvalidationAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));

// Held signatures (issue #13), one or all of a reason. A count that changed since the page was
// shown changes nothing: the page, rendered again, shows the new count on the button.
export const releaseHeldSignaturesAction = buttonAction(releaseHeldSignaturesAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));
export const invalidateHeldSignaturesAction = buttonAction(invalidateHeldSignaturesAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));
