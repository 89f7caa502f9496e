"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { createApiKeyAction, type CreateApiKeyState } from "@/lib/organizers/actions";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/organizers/schema";

// The new key comes back once, in the action's result; it is never stored, so a reload loses it.
export function CreateApiKeyForm() {
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    CreateApiKeyState,
    CreateApiKeyInput
  >({ action: createApiKeyAction, schema: createApiKeySchema, fields: [["label", "api-key-label"]], resetOn: "created" });
  const labelError = errorFor("label");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Create an API key">
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="api-key-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      {state.status === "created" && (
        <div className="notice" role="status" aria-live="polite">
          <p>{state.message}</p>
          <p>
            <code data-testid="new-api-key">{state.key}</code>
          </p>
        </div>
      )}
      <FormField id="api-key-label" label="Name of the key" hint="Say what will use it, so you know which key to revoke." error={labelError}>
        {(describedBy) => (
          <input
            id="api-key-label"
            type="text"
            autoComplete="off"
            maxLength={80}
            aria-invalid={!!labelError}
            aria-describedby={describedBy}
            {...register("label")}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        Create API key
      </button>
    </form>
  );
}
