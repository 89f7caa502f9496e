"use server";

import { revalidateCampaign } from "@/lib/cache/revalidate";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formValues, refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import { buttonAction } from "@/lib/forms/form-action";
import { invalidateSignaturesAs, previewInvalidationAs, setSignatureVisibilityAs, undoInvalidationAs, type FilterFields } from "./commands";
import type { InvalidationPreview } from "./queries";
import { describeFilter, type VisibilityChange } from "./schema";

// Server actions of the moderation page. Each reads the session itself and passes everything to a
// command that validates, re-derives the campaign from its slug and authorizes.

const REFUSALS = refusalMessages({
  "not-found": "This campaign, signature or invalidation does not exist.",
  forbidden: "You are not allowed to moderate this campaign.",
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
  | { status: "previewed"; preview: InvalidationPreview; filterText: string; values: Record<string, string> };

export async function previewInvalidationAction(_prev: PreviewState, formData: FormData): Promise<PreviewState> {
  const values = formValues(formData);
  const result = await previewInvalidationAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  const { filter, ...preview } = result.value;
  return { status: "previewed", preview, filterText: describeFilter(filter), values };
}

export type InvalidateState = ActionFormState<FilterFields | "reason" | "expectedCount">;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function invalidateSignaturesAction(_prev: InvalidateState, formData: FormData): Promise<InvalidateState> {
  const values = formValues(formData);
  const result = await invalidateSignaturesAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  const outcome = result.value;
  if (outcome.kind === "count-changed") {
    const { total, confirmed, pending } = outcome.preview;
    return {
      status: "error",
      message: `Nothing was changed: since your preview, the filter's matches changed to ${plural(total, "signature")} (${confirmed} confirmed, ${pending} pending). Preview again.`,
      fieldErrors: {},
      values,
    };
  }
  revalidateCampaign(outcome.campaignSlug);
  return {
    status: "done",
    message: `${plural(outcome.confirmed + outcome.pending, "signature")} invalidated (${outcome.confirmed} confirmed, ${outcome.pending} pending). You can undo this below.`,
  };
}

// Undoing twice, or an invalidation of another campaign, changes nothing.
export const undoInvalidationAction = buttonAction(undoInvalidationAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));
