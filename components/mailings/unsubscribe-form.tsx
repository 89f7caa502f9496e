"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { unsubscribeAction, type UnsubscribeState } from "@/lib/mailings/unsubscribe-actions";

// One button that POSTs the link's token: opening the page changed nothing. Works without JavaScript.
export function UnsubscribeForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState<UnsubscribeState, FormData>(unsubscribeAction, { status: "idle" });
  const t = useTranslations("signing.unsubscribe");
  if (state.status === "done") {
    return (
      <p className="notice" role="status" data-testid="unsubscribe-done">
        {t("done")}
      </p>
    );
  }
  return (
    <form action={formAction}>
      {state.status === "error" && (
        <div className="error-summary" role="alert" data-testid="unsubscribe-error">
          {/* The action's one refusal (lib/mailings/unsubscribe-actions.ts), in the reader's language. */}
          <p>{t("error")}</p>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button" disabled={pending}>
        {t("button")}
      </button>
    </form>
  );
}
