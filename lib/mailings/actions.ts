"use server";

import { revalidatePath } from "@/lib/cache/revalidate";
import { redirect } from "next/navigation";
import { refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { createMailingAs, sendMailingAs, sendTestMailingAs, updateMailingAs, type MailingFields } from "./commands";

// Server actions of the "Updates to signers" pages. The commands check the caller's role on the
// campaign named in the form.

export type MailingFormState = ActionFormState<MailingFields>;

const REFUSALS = refusalMessages({
  "not-found": "This update or campaign does not exist.",
  forbidden: "You are not allowed to do this.",
});

const updatesPath = (slug: string) => `/organizer/campaigns/${slug}/updates`;

export const createMailingAction = formAction(createMailingAs, REFUSALS, ({ campaignSlug, mailingId }): never => {
  revalidatePath(updatesPath(campaignSlug));
  // On to the draft's own page: its preview, the test email and the send button are there.
  redirect(`${updatesPath(campaignSlug)}/${mailingId}`);
});

export const updateMailingAction = formAction(updateMailingAs, REFUSALS, ({ campaignSlug }) => {
  revalidatePath(updatesPath(campaignSlug), "layout");
  return { status: "done" as const, message: "The draft is saved. Check the preview below." };
});

export const sendTestMailingAction = formAction(sendTestMailingAs, REFUSALS, ({ to }) => ({
  status: "done" as const,
  message: `A test email is on its way to you at ${to}.`,
}));

export const sendMailingAction = formAction(sendMailingAs, REFUSALS, ({ campaignSlug, recipients: n }) => {
  revalidatePath(updatesPath(campaignSlug), "layout");
  return {
    status: "done" as const,
    message: `The update is queued for ${n.toLocaleString("en")} ${n === 1 ? "signer" : "signers"} and is being sent.`,
  };
});
