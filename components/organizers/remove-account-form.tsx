"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionFormState } from "@/lib/forms/action-state";
import { removeAccountAction } from "@/lib/organizers/actions";

/**
 * An admin removes someone's account from the people table (issue #13): signed out at once, unable
 * to sign in again. The server refuses one's own account and ADMIN_EMAILS addresses itself.
 */
export function RemoveAccountForm({ userId, email }: { userId: string; email: string }) {
  const [state, formAction, pending] = useActionState<ActionFormState<"userId">, FormData>(removeAccountAction, { status: "idle" });
  const t = useTranslations("organizer.admin");
  const show = useErrorText();
  const refusal = state.status === "error" ? (state.fieldErrors?.userId ?? state.message) : null;
  return (
    <form action={formAction}>
      <input type="hidden" name="userId" value={userId} />
      {refusal && (
        <p className="field-error" role="alert">
          {show(refusal)}
        </p>
      )}
      <ConfirmButton confirm={t("removeConfirm", { email })} className="button button-danger" disabled={pending}>
        {t.rich("remove", { email, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
      </ConfirmButton>
    </form>
  );
}
