"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useMessageText } from "@/components/organizers/message-text";
import { FormField } from "@/components/ui/form-field";
import { invalidateSignaturesAction, type InvalidateState } from "@/lib/moderation/actions";
import { invalidationSchema, type InvalidationInput } from "@/lib/moderation/schema";

const FILTER_KEYS = ["campaignSlug", "from", "to", "emailDomain", "ipHash"] as const;

/**
 * Step two: invalidates the signatures of the filter as it was previewed (carried in hidden fields),
 * with a reason. The server recounts in the same transaction and changes nothing if the count moved.
 */
export function ConfirmInvalidationForm({ values, count }: { values: Record<string, string>; count: number }) {
  const t = useTranslations("organizer.moderation.confirmForm");
  const message = useMessageText();
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    InvalidateState,
    InvalidationInput
  >({ action: invalidateSignaturesAction, schema: invalidationSchema, fields: [["reason", "invalidate-reason"]] });

  if (state.status === "done") {
    return (
      <p className="notice" role="status" data-testid="invalidate-result">
        {message.rich(state.message)}
      </p>
    );
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
      {(shownErrors.length > 0 || formMessage) && (
        <ErrorSummary id="confirm-invalidate-errors" ref={summaryRef} message={message.maybe(formMessage)} errors={message.list(shownErrors)} />
      )}
      {FILTER_KEYS.map((key) => (
        <input key={key} type="hidden" defaultValue={values[key] ?? ""} {...register(key)} />
      ))}
      <input type="hidden" defaultValue={String(count)} {...register("expectedCount")} />
      <FormField id="invalidate-reason" label={t("reason")} hint={t("reasonHint")} error={message.maybe(errorFor("reason"))}>
        {(describedBy) => (
          <textarea
            id="invalidate-reason"
            rows={2}
            dir="auto"
            maxLength={500}
            aria-invalid={!!errorFor("reason")}
            aria-describedby={describedBy}
            {...register("reason")}
          />
        )}
      </FormField>
      <ConfirmButton disabled={pending} confirm={t("confirm", { count })}>
        {t("submit", { count })}
      </ConfirmButton>
    </form>
  );
}
