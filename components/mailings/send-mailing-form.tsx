"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { sendMailingAction, type MailingFormState } from "@/lib/mailings/actions";
import { useErrorText } from "@/components/forms/error-text";
import { sendMailingSchema, type SendMailingInput } from "@/lib/mailings/schema";

// The last step: the organizer says they checked the preview, and sees how many signers it goes to.
export function SendMailingForm({ campaignSlug, mailingId, recipients }: { campaignSlug: string; mailingId: string; recipients: number }) {
  const form = useActionForm<MailingFormState, SendMailingInput>({
    action: sendMailingAction,
    schema: sendMailingSchema,
    fields: [["previewChecked", "mailing-preview-checked"]],
  });
  const { state, pending, formAction, formRef, summaryRef, register, onSubmit } = form;
  const t = useTranslations("editor.mailings.send");
  const show = useErrorText();
  const shownErrors = form.shownErrors.map(([id, message]): [string, string] => [id, show(message)]);
  const formMessage = show(form.formMessage);
  const checkError = show(form.errorFor("previewChecked"));

  if (state.status === "done") {
    return (
      <p className="notice" role="status" data-testid="mailing-queued">
        {show(state.message)}
      </p>
    );
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={t("label")}>
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="send-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
      <input type="hidden" defaultValue={mailingId} {...register("mailingId")} />
      <p>
        {t.rich("goesTo", {
          count: recipients,
          strong: (chunks) => <strong data-testid="mailing-recipients">{chunks}</strong>,
        })}
      </p>
      <div className={checkError ? "field field-invalid" : "field"}>
        {checkError && (
          <span className="field-error" id="mailing-preview-checked-error">
            <span className="visually-hidden">{t("errorPrefix")} </span>
            {checkError}
          </span>
        )}
        <div className="checkbox">
          <input
            id="mailing-preview-checked"
            type="checkbox"
            aria-invalid={!!checkError}
            aria-describedby={checkError ? "mailing-preview-checked-error" : undefined}
            {...register("previewChecked")}
          />
          <label htmlFor="mailing-preview-checked">{t("checked")}</label>
        </div>
      </div>
      <ConfirmButton disabled={pending || recipients === 0} confirm={t("confirm", { count: recipients })}>
        {t("button", { count: recipients })}
      </ConfirmButton>
    </form>
  );
}
