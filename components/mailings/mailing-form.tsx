"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { createMailingAction, updateMailingAction, type MailingFormState } from "@/lib/mailings/actions";
import { useErrorText } from "@/components/forms/error-text";
import { BODY_MAX, createMailingSchema, SUBJECT_MAX, updateMailingSchema, type UpdateMailingInput } from "@/lib/mailings/schema";

type Props = { campaignSlug: string } & ({ mailingId?: undefined } | { mailingId: string; subject: string; body: string });

// Writing a new update, or changing a draft. The same zod schema checks the fields here and again
// in the server action; without JavaScript the form posts to the action and shows its errors.
export function MailingForm(props: Props) {
  const editing = props.mailingId !== undefined;
  const form = useActionForm<MailingFormState, UpdateMailingInput>({
    action: editing ? updateMailingAction : createMailingAction,
    schema: (editing ? updateMailingSchema : createMailingSchema) as typeof updateMailingSchema,
    fields: [
      ["subject", "mailing-subject"],
      ["body", "mailing-body"],
    ],
  });
  const { state, pending, formAction, formRef, summaryRef, register, onSubmit } = form;
  const t = useTranslations("editor.mailings.form");
  const show = useErrorText();
  const shownErrors = form.shownErrors.map(([id, message]): [string, string] => [id, show(message)]);
  const formMessage = show(form.formMessage);
  const values = state.status === "error" ? state.values : {};
  const subjectError = show(form.errorFor("subject"));
  const bodyError = show(form.errorFor("body"));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={editing ? t("editLabel") : t("newLabel")}>
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="mailing-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="mailing-saved">
          {show(state.message)}
        </p>
      )}
      <input type="hidden" defaultValue={props.campaignSlug} {...register("campaignSlug")} />
      {editing && <input type="hidden" defaultValue={props.mailingId} {...register("mailingId")} />}
      <FormField id="mailing-subject" label={t("subject")} hint={t("subjectHint")} error={subjectError}>
        {(describedBy) => (
          <input
            id="mailing-subject"
            type="text"
            autoComplete="off"
            dir="auto"
            maxLength={SUBJECT_MAX}
            defaultValue={values.subject ?? (editing ? props.subject : "")}
            aria-invalid={!!subjectError}
            aria-describedby={describedBy}
            {...register("subject")}
          />
        )}
      </FormField>
      <FormField id="mailing-body" label={t("body")} hint={t("bodyHint", { max: BODY_MAX })} error={bodyError}>
        {(describedBy) => (
          <textarea
            id="mailing-body"
            rows={14}
            dir="auto"
            defaultValue={values.body ?? (editing ? props.body : "")}
            aria-invalid={!!bodyError}
            aria-describedby={describedBy}
            {...register("body")}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
