"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { createApiKeyAction, type CreateApiKeyState } from "@/lib/organizers/actions";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/organizers/schema";
import { ErrorSummary } from "./error-summary";

// The new key comes back once, in the action's result; it is never stored, so a reload loses it.
export function CreateApiKeyForm() {
  const [state, formAction, pending] = useActionState<CreateApiKeyState, FormData>(createApiKeyAction, { status: "idle" });
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const { register, handleSubmit, reset, formState } = useForm<CreateApiKeyInput>({
    resolver: zodResolver(createApiKeySchema),
    shouldFocusError: false,
  });
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const labelError = formState.errors.label?.message ?? serverErrors.label;
  const formMessage = state.status === "error" && !serverErrors.label ? state.message : null;

  useEffect(() => {
    if (labelError || formMessage) summaryRef.current?.focus();
    if (state.status === "created") reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formState.submitCount, state]);

  const onValid = () => {
    if (formRef.current) {
      const data = new FormData(formRef.current);
      startTransition(() => formAction(data));
    }
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit(onValid)} noValidate aria-label="Create an API key">
      {(labelError || formMessage) && (
        <ErrorSummary id="api-key-errors" ref={summaryRef} message={formMessage} errors={labelError ? [["api-key-label", labelError]] : []} />
      )}
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
          <input id="api-key-label" type="text" autoComplete="off" maxLength={80} aria-invalid={!!labelError} aria-describedby={describedBy} {...register("label")} />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        Create API key
      </button>
    </form>
  );
}
