"use client";

import { useActionState, useEffect, useRef } from "react";
import { requestSignInLinkAction, type SignInFormState } from "@/lib/auth/actions";
import { FormField } from "@/components/ui/form-field";

// Works without JavaScript: the server action validates and answers with field errors.
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(requestSignInLinkAction, { status: "idle" });
  const summaryRef = useRef<HTMLElement>(null);
  const emailError = state.status === "error" ? state.fieldErrors.email : undefined;
  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} noValidate aria-label="Sign in">
      {state.status === "error" && (
        <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="signin-error-title" data-testid="error-summary">
          <h2 id="signin-error-title">There is a problem</h2>
          {emailError ? (
            <ul>
              <li>
                <a href="#signin-email">{emailError}</a>
              </li>
            </ul>
          ) : (
            <p>{state.message}</p>
          )}
        </section>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField id="signin-email" label="Email address" hint="We email you a link that signs you in. There is no password." error={emailError}>
        {(describedBy) => (
          <input
            id="signin-email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            maxLength={254}
            defaultValue={state.status === "error" ? state.email : undefined}
            aria-invalid={!!emailError}
            aria-describedby={describedBy}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        Email me a sign-in link
      </button>
    </form>
  );
}
