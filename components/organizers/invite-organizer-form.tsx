"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import type { ActionFormState } from "@/lib/forms/action-state";
import { inviteOrganizerAction } from "@/lib/organizers/actions";
import { inviteOrganizerSchema, type InviteOrganizerInput } from "@/lib/organizers/schema";
import { useMessageText } from "./message-text";

// The same zod schema checks the field here and again in the server action; without JavaScript
// the form posts to the action and shows its errors.
export function InviteOrganizerForm() {
  const t = useTranslations("organizer.invite");
  const message = useMessageText();
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    ActionFormState<"email">,
    InviteOrganizerInput
  >({ action: inviteOrganizerAction, schema: inviteOrganizerSchema, fields: [["email", "invite-email"]], resetOn: "done" });
  const emailError = message.maybe(errorFor("email"));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
      {(shownErrors.length > 0 || formMessage) && (
        <ErrorSummary id="invite-errors" ref={summaryRef} message={message.maybe(formMessage)} errors={message.list(shownErrors)} />
      )}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="invite-result">
          {message.rich(state.message)}
        </p>
      )}
      <FormField id="invite-email" label={t("label")} hint={t("hint")} error={emailError}>
        {(describedBy) => (
          <input
            id="invite-email"
            type="email"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            maxLength={254}
            aria-invalid={!!emailError}
            aria-describedby={describedBy}
            {...register("email")}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
