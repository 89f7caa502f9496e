"use server";

import { revalidateCampaign } from "@/lib/cache/revalidate";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formValues, refusalMessages, type ActionFailure, type ActionFormState } from "@/lib/forms/action-state";
import { buttonAction, formAction } from "@/lib/forms/form-action";
import { importPaperSignaturesAs, recordOfflineTallyAs, removeOfflineTallyAs } from "./commands";
import type { Rejection } from "./paper-rows";
import type { ImportPaperFields } from "./schema";

// Server actions of the offline-signatures page. Each reads the session itself and hands the
// form's values to a command, which validates and authorizes again.

export type OfflineFormState<Fields extends string> =
  | Exclude<ActionFormState<Fields>, { status: "error" }>
  | (ActionFailure<Fields> & {
      /** Rows of an import that were rejected (the first 100), when the file itself was readable. */
      report?: { rejections: Rejection[]; rejectedCount: number; rowCount: number };
    });

const REFUSALS = refusalMessages({
  "not-found": "This campaign or tally does not exist.",
  forbidden: "Only the campaign's editors and owners can change its offline signatures.",
});

const counted = (count: number, noun: string) => `${count.toLocaleString("en-GB")} ${noun}${count === 1 ? "" : "s"}`;

export const recordOfflineTallyAction = formAction(recordOfflineTallyAs, REFUSALS, ({ campaignSlug, count }) => {
  revalidateCampaign(campaignSlug);
  return { status: "done" as const, message: `Recorded ${counted(count, "signature")} from a documented offline tally.` };
});

export async function importPaperSignaturesAction(
  _prev: OfflineFormState<ImportPaperFields>,
  formData: FormData,
): Promise<OfflineFormState<ImportPaperFields>> {
  const values = formValues(formData);
  const result = await importPaperSignaturesAs(await getCurrentUser(), { ...values, file: formData.get("file") });
  if (result.ok) {
    revalidateCampaign(result.value.campaignSlug);
    return { status: "done", message: `Imported ${counted(result.value.count, "paper signature")} from ${result.value.fileName}.` };
  }
  if (result.error !== "rejected") return failure(result, values, REFUSALS);
  const { rejections, rejectedCount, rowCount } = result;
  return {
    status: "error",
    message: "Nothing was imported",
    fieldErrors: {
      file: `${rejectedCount.toLocaleString("en-GB")} of ${rowCount.toLocaleString("en-GB")} rows were rejected, so nothing was imported. Correct the lines listed below and upload the file again.`,
    },
    values,
    report: { rejections, rejectedCount, rowCount },
  };
}

// Refused (signed out, a viewer, a tally of another campaign): nothing changes.
export const removeOfflineTallyAction = buttonAction(removeOfflineTallyAs, ({ campaignSlug }) => revalidateCampaign(campaignSlug));
