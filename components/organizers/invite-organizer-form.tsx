"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { inviteOrganizerAction, type OrganizerFormState } from "@/lib/organizers/actions";
import { inviteOrganizerSchema, type InviteOrganizerInput } from "@/lib/organizers/schema";
import { ErrorSummary } from "./error-summary";

// The same zod schema checks the field here and again in the server action; without JavaScript
// the form posts to the action and shows its errors.
export function InviteOrganizerForm() {
  const [state, formAction, pending] = useActionState<OrganizerFormState<"email">, FormData>(inviteOrganizerAction, { status: "idle" });
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const { register, handleSubmit, reset, formState } = useForm<InviteOrganizerInput>({
    resolver: zodResolver(inviteOrganizerSchema),
    shouldFocusError: false,
  });
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const emailError = formState.errors.email?.message ?? serverErrors.email;
  const formMessage = state.status === "error" && !serverErrors.email ? state.message : null;

  useEffect(() => {
    if (emailError || formMessage) summaryRef.current?.focus();
    if (state.status === "done") reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formState.submitCount, state]);

  const onValid = () => {
    if (formRef.current) {
      const data = new FormData(formRef.current);
      startTransition(() => formAction(data));
    }
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit(onValid)} noValidate aria-label="Invite an organizer">
      {(emailError || formMessage) && (
        <ErrorSummary id="invite-errors" ref={summaryRef} message={formMessage} errors={emailError ? [["invite-email", emailError]] : []} />
      )}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="invite-result">
          {state.message}
        </p>
      )}
      <FormField id="invite-email" label="Organizer's email address" hint="They sign in with this address; we email them an invitation." error={emailError}>
        {(describedBy) => (
          <input
            id="invite-email"
            type="email"
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
        Invite organizer
      </button>
    </form>
  );
}
