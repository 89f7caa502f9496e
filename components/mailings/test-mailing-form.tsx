"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { sendTestMailingAction, type MailingFormState } from "@/lib/mailings/actions";

// Sends the update to the organizer's own address (the server takes it from the session).
export function TestMailingForm({ campaignSlug, mailingId }: { campaignSlug: string; mailingId: string }) {
  const [state, formAction, pending] = useActionState<MailingFormState, FormData>(sendTestMailingAction, { status: "idle" });
  const t = useTranslations("editor.mailings.test");
  const show = useErrorText();
  return (
    <form action={formAction} aria-label={t("label")}>
      <div aria-live="polite">
        {state.status === "done" && (
          <p className="notice" data-testid="mailing-test-sent">
            {show(state.message)}
          </p>
        )}
        {state.status === "error" && (
          <p className="error-summary" data-testid="mailing-test-error">
            {show(state.message)}
          </p>
        )}
      </div>
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <input type="hidden" name="mailingId" value={mailingId} />
      <button type="submit" className="button button-secondary" disabled={pending}>
        {t("button")}
      </button>
    </form>
  );
}
