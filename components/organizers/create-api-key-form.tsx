"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { createApiKeyAction, type CreateApiKeyState } from "@/lib/organizers/actions";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/organizers/schema";
import { useMessageText } from "./message-text";

// The new key comes back once, in the action's result; it is never stored, so a reload loses it.
export function CreateApiKeyForm() {
  const t = useTranslations("organizer.createApiKey");
  const message = useMessageText();
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    CreateApiKeyState,
    CreateApiKeyInput
  >({ action: createApiKeyAction, schema: createApiKeySchema, fields: [["label", "api-key-label"]], resetOn: "created" });
  const labelError = message.maybe(errorFor("label"));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
      {(shownErrors.length > 0 || formMessage) && (
        <ErrorSummary id="api-key-errors" ref={summaryRef} message={message.maybe(formMessage)} errors={message.list(shownErrors)} />
      )}
      {state.status === "created" && (
        <div className="notice" role="status" aria-live="polite">
          <p>{message.rich(state.message)}</p>
          <p>
            <code data-testid="new-api-key">{state.key}</code>
          </p>
        </div>
      )}
      <FormField id="api-key-label" label={t("label")} hint={t("hint")} error={labelError}>
        {(describedBy) => (
          <input
            id="api-key-label"
            type="text"
            autoComplete="off"
            dir="auto"
            maxLength={80}
            aria-invalid={!!labelError}
            aria-describedby={describedBy}
            {...register("label")}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
