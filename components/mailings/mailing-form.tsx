"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { createMailingAction, updateMailingAction, type MailingFormState } from "@/lib/mailings/actions";
import { BODY_MAX, createMailingSchema, SUBJECT_MAX, updateMailingSchema, type UpdateMailingInput } from "@/lib/mailings/schema";

type Props = { campaignSlug: string } & ({ mailingId?: undefined } | { mailingId: string; subject: string; body: string });

// Writing a new update, or changing a draft. The same zod schema checks the fields here and again
// in the server action; without JavaScript the form posts to the action and shows its errors.
export function MailingForm(props: Props) {
  const editing = props.mailingId !== undefined;
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    MailingFormState,
    UpdateMailingInput
  >({
    action: editing ? updateMailingAction : createMailingAction,
    schema: (editing ? updateMailingSchema : createMailingSchema) as typeof updateMailingSchema,
    fields: [
      ["subject", "mailing-subject"],
      ["body", "mailing-body"],
    ],
  });
  const values = state.status === "error" ? state.values : {};
  const subjectError = errorFor("subject");
  const bodyError = errorFor("body");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={editing ? "Edit the draft" : "Write an update"}>
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="mailing-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="mailing-saved">
          {state.message}
        </p>
      )}
      <input type="hidden" defaultValue={props.campaignSlug} {...register("campaignSlug")} />
      {editing && <input type="hidden" defaultValue={props.mailingId} {...register("mailingId")} />}
      <FormField id="mailing-subject" label="Subject" hint="The email's subject line." error={subjectError}>
        {(describedBy) => (
          <input
            id="mailing-subject"
            type="text"
            autoComplete="off"
            maxLength={SUBJECT_MAX}
            defaultValue={values.subject ?? (editing ? props.subject : "")}
            aria-invalid={!!subjectError}
            aria-describedby={describedBy}
            {...register("subject")}
          />
        )}
      </FormField>
      <FormField
        id="mailing-body"
        label="Message"
        hint={`Plain text, up to ${BODY_MAX.toLocaleString("en")} characters. Leave a blank line between paragraphs. Each signer's email starts “Dear (their name),” and ends with an unsubscribe link.`}
        error={bodyError}
      >
        {(describedBy) => (
          <textarea
            id="mailing-body"
            rows={14}
            defaultValue={values.body ?? (editing ? props.body : "")}
            aria-invalid={!!bodyError}
            aria-describedby={describedBy}
            {...register("body")}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        Save draft
      </button>
    </form>
  );
}
