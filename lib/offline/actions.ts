"use server";

import { revalidateCampaign } from "@/lib/cache/revalidate";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formValues, refusalMessages, type ActionFailure, type ActionFormState } from "@/lib/forms/action-state";
import { buttonAction, formAction } from "@/lib/forms/form-action";
import { messageKey } from "@/lib/i18n/message-key";
import { importPaperSignaturesAs, recordOfflineTallyAs, removeOfflineTallyAs } from "./commands";
import type { Rejection } from "./paper-rows";
import type { ImportPaperFields } from "./schema";

// Server actions of the offline-signatures page. Each reads the session itself and hands the
// form's values to a command, which validates and authorizes again. Messages are catalog keys
// (lib/i18n/message-key.ts), counted with ICU plurals.

export type OfflineFormState<Fields extends string> =
  | Exclude<ActionFormState<Fields>, { status: "error" }>
  | (ActionFailure<Fields> & {
      /** Rows of an import that were rejected (the first 100), when the file itself was readable. */
      report?: { rejections: Rejection[]; rejectedCount: number; rowCount: number };
    });

const REFUSALS = refusalMessages({
  "not-found": messageKey("organizer.offline.refusals.notFound"),
  forbidden: messageKey("organizer.offline.refusals.forbidden"),
});

export const recordOfflineTallyAction = formAction(recordOfflineTallyAs, REFUSALS, ({ campaignSlug, count }) => {
  revalidateCampaign(campaignSlug);
  return { status: "done" as const, message: messageKey("organizer.offline.recordForm.recorded", { count }) };
});

export async function importPaperSignaturesAction(
  _prev: OfflineFormState<ImportPaperFields>,
  formData: FormData,
): Promise<OfflineFormState<ImportPaperFields>> {
  const values = formValues(formData);
  const result = await importPaperSignaturesAs(await getCurrentUser(), { ...values, file: formData.get("file") });
  if (result.ok) {
    revalidateCampaign(result.value.campaignSlug);
    const { count, fileName } = result.value;
    return { status: "done", message: messageKey("organizer.offline.importForm.imported", { count, file: fileName }) };
  }
  if (result.error !== "rejected") return failure(result, values, REFUSALS);
  const { rejections, rejectedCount, rowCount } = result;
  return {
    status: "error",
    message: messageKey("organizer.offline.importForm.nothingImported"),
    fieldErrors: { file: messageKey("organizer.offline.importForm.rowsRejected", { rejected: rejectedCount, rows: rowCount }) },
    values,
    report: { rejections, rejectedCount, rowCount },
  };
}

// Refused (signed out, a viewer, a tally of another campaign): nothing changes.
export const removeOfflineTallyAction = buttonAction(removeOfflineTallyAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));
