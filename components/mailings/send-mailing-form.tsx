"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { sendMailingAction, type MailingFormState } from "@/lib/mailings/actions";
import { sendMailingSchema, type SendMailingInput } from "@/lib/mailings/schema";

const number = new Intl.NumberFormat("en");

// The last step: the organizer says they checked the preview, and sees how many signers it goes to.
export function SendMailingForm({ campaignSlug, mailingId, recipients }: { campaignSlug: string; mailingId: string; recipients: number }) {
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    MailingFormState,
    SendMailingInput
  >({ action: sendMailingAction, schema: sendMailingSchema, fields: [["previewChecked", "mailing-preview-checked"]] });
  const checkError = errorFor("previewChecked");

  if (state.status === "done") {
    return (
      <p className="notice" role="status" data-testid="mailing-queued">
        {state.message}
      </p>
    );
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Send the update">
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="send-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
      <input type="hidden" defaultValue={mailingId} {...register("mailingId")} />
      <p>
        It goes to <strong data-testid="mailing-recipients">{number.format(recipients)}</strong> {recipients === 1 ? "signer" : "signers"}: everyone
        who confirmed their signature and asked for updates. Once sent, it cannot be changed or taken back.
      </p>
      <div className={checkError ? "field field-invalid" : "field"}>
        {checkError && (
          <span className="field-error" id="mailing-preview-checked-error">
            <span className="visually-hidden">Error: </span>
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
          <label htmlFor="mailing-preview-checked">I have checked the preview</label>
        </div>
      </div>
      <ConfirmButton
        disabled={pending || recipients === 0}
        confirm={`Send this update to ${number.format(recipients)} ${recipients === 1 ? "signer" : "signers"} now? Once sent, it cannot be changed or taken back.`}
      >
        Send to {number.format(recipients)} {recipients === 1 ? "signer" : "signers"}
      </ConfirmButton>
    </form>
  );
}
