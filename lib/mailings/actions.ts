"use server";

import { revalidatePath } from "@/lib/cache/revalidate";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formValues, refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import { createMailingAs, sendMailingAs, sendTestMailingAs, updateMailingAs, type MailingFields } from "./commands";

// Server actions of the "Updates to signers" pages. Each reads the session itself; the commands
// check the caller's role on the campaign named in the form.

export type MailingFormState = ActionFormState<MailingFields>;

const REFUSALS = refusalMessages({
  "not-found": "This update or campaign does not exist.",
  forbidden: "You are not allowed to do this.",
});

const updatesPath = (slug: string) => `/organizer/campaigns/${slug}/updates`;

export async function createMailingAction(_prev: MailingFormState, formData: FormData): Promise<MailingFormState> {
  const values = formValues(formData);
  const result = await createMailingAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidatePath(updatesPath(result.value.campaignSlug));
  // On to the draft's own page: its preview, the test email and the send button are there.
  redirect(`${updatesPath(result.value.campaignSlug)}/${result.value.mailingId}`);
}

export async function updateMailingAction(_prev: MailingFormState, formData: FormData): Promise<MailingFormState> {
  const values = formValues(formData);
  const result = await updateMailingAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidatePath(updatesPath(result.value.campaignSlug), "layout");
  return { status: "done", message: "The draft is saved. Check the preview below." };
}

export async function sendTestMailingAction(_prev: MailingFormState, formData: FormData): Promise<MailingFormState> {
  const values = formValues(formData);
  const result = await sendTestMailingAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  return { status: "done", message: `A test email is on its way to you at ${result.value.to}.` };
}

export async function sendMailingAction(_prev: MailingFormState, formData: FormData): Promise<MailingFormState> {
  const values = formValues(formData);
  const result = await sendMailingAs(await getCurrentUser(), values);
  if (!result.ok) return failure(result, values, REFUSALS);
  revalidatePath(updatesPath(result.value.campaignSlug), "layout");
  const n = result.value.recipients;
  return { status: "done", message: `The update is queued for ${n.toLocaleString("en")} ${n === 1 ? "signer" : "signers"} and is being sent.` };
}
