"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { FormField } from "@/components/ui/form-field";
import { requestSignInLinkAction, type SignInFormState } from "@/lib/auth/actions";

// Works without JavaScript: the server action validates and answers with field errors, as catalog
// keys shown here in the page's language.
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.form");
  const tForms = useTranslations("common.forms");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(requestSignInLinkAction, { status: "idle" });
  const summaryRef = useRef<HTMLElement>(null);
  const emailError = state.status === "error" ? errorText(state.fieldErrors.email) : undefined;
  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} noValidate aria-label={t("label")}>
      {state.status === "error" && (
        <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="signin-error-title" data-testid="error-summary">
          <h2 id="signin-error-title">{tForms("problem")}</h2>
          {emailError ? (
            <ul>
              <li>
                <a href="#signin-email">{emailError}</a>
              </li>
            </ul>
          ) : (
            <p>{errorText(state.message)}</p>
          )}
        </section>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField id="signin-email" label={t("email")} hint={t("emailHint")} error={emailError}>
        {(describedBy) => (
          <input
            id="signin-email"
            name="email"
            type="email"
            dir="ltr"
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
        {t("submit")}
      </button>
    </form>
  );
}
