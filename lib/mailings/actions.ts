"use server";

import { revalidatePath } from "@/lib/cache/revalidate";
import { getLocale } from "next-intl/server";
import { refusalMessages, type ActionFormState } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { messageKey } from "@/lib/i18n/message-key";
import { createMailingAs, sendMailingAs, sendTestMailingAs, updateMailingAs, type MailingFields } from "./commands";

// Server actions of the "Updates to signers" pages. The commands check the caller's role on the
// campaign named in the form. Their messages are catalog keys (lib/i18n/message-key.ts) that the
// forms show in the reader's language, and their redirects keep that language.

export type MailingFormState = ActionFormState<MailingFields>;

const REFUSALS = refusalMessages({
  "not-found": "editor.mailings.refusals.notFound",
  forbidden: "editor.mailings.refusals.forbidden",
});

const updatesPath = (slug: string) => `/organizer/campaigns/${slug}/updates`;

const createIn = (locale: string) =>
  formAction(createMailingAs, REFUSALS, ({ campaignSlug, mailingId }): never => {
    revalidatePath(updatesPath(campaignSlug));
    // On to the draft's own page: its preview, the test email and the send button are there.
    return redirect({ href: `${updatesPath(campaignSlug)}/${mailingId}`, locale });
  });

export async function createMailingAction(previous: MailingFormState, formData: FormData): Promise<MailingFormState> {
  return createIn(await getLocale())(previous, formData);
}

export const updateMailingAction = formAction(updateMailingAs, REFUSALS, ({ campaignSlug }) => {
  revalidatePath(updatesPath(campaignSlug), "layout");
  return { status: "done" as const, message: "editor.mailings.saved" };
});

const sendTestIn = (locale: string) =>
  formAction(
    (caller, values) => sendTestMailingAs(caller, values, locale),
    REFUSALS,
    ({ to }) => ({ status: "done" as const, message: messageKey("editor.mailings.testSent", { to }) }),
  );

export async function sendTestMailingAction(previous: MailingFormState, formData: FormData): Promise<MailingFormState> {
  return sendTestIn(await getLocale())(previous, formData);
}

export const sendMailingAction = formAction(sendMailingAs, REFUSALS, ({ campaignSlug, recipients: n }) => {
  revalidatePath(updatesPath(campaignSlug), "layout");
  return {
    status: "done" as const,
    message: messageKey("editor.mailings.queued", { count: n }),
  };
});
