"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { FormField } from "@/components/ui/form-field";
import { type ManageLinkFormState, requestManageLinkAction } from "@/lib/my-signatures/actions";

// "Manage my signatures": ask for a link. Works without JavaScript: the server action validates and
// answers with field errors (catalog keys). Its answer once sent is the same whatever the address.
export function ManageLinkForm({ validMinutes }: { validMinutes: number }) {
  const t = useTranslations("signing.manage");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState<ManageLinkFormState, FormData>(requestManageLinkAction, { status: "idle" });
  const summaryRef = useRef<HTMLElement>(null);
  const sentRef = useRef<HTMLElement>(null);
  const emailError = state.status === "error" ? errorText(state.fieldErrors.email) : undefined;
  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
    if (state.status === "sent") sentRef.current?.focus();
  }, [state]);
  if (state.status === "sent") {
    return (
      <section className="notice" tabIndex={-1} ref={sentRef} aria-labelledby="manage-sent-title" data-testid="manage-link-sent">
        <h2 id="manage-sent-title">{t("sent.title")}</h2>
        <p>
          {t.rich("sent.body", {
            email: state.email,
            minutes: validMinutes,
            address: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
          })}
        </p>
        <p>{t("sent.noEmail")}</p>
      </section>
    );
  }
  return (
    <form action={formAction} noValidate aria-label={t("form.label")}>
      {state.status === "error" && (
        <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="manage-error-title" data-testid="error-summary">
          <h2 id="manage-error-title">{errorText("signing.signForm.problem")}</h2>
          {emailError ? (
            <ul>
              <li>
                <a href="#manage-email">{emailError}</a>
              </li>
            </ul>
          ) : (
            <p aria-live="polite">{errorText(state.message)}</p>
          )}
        </section>
      )}
      <FormField id="manage-email" label={t("form.email")} hint={t("form.emailHint")} error={emailError}>
        {(describedBy) => (
          <input
            id="manage-email"
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
        {pending ? t("form.submitting") : t("form.submit")}
      </button>
    </form>
  );
}
