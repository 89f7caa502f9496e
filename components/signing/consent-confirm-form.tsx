"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { translateMessage } from "@/lib/i18n/message-key";
import type { TokenActionState } from "@/lib/signing/actions";

type Labels = { legend: string; consent: string; errorPrefix: string; button: string };

// The confirmation of a signature that came without consent (an OSDI client's, issue #13): the
// consent text with its box, then the button. The box is required in the browser, and the server
// action refuses again without it (a form posted without JavaScript, or a forged one), with the
// message tied to the box. Works without JavaScript: the action answers the page with that message.
export function ConsentConfirmForm({
  token,
  action,
  labels,
  privacy,
}: {
  token: string;
  action: (state: TokenActionState, formData: FormData) => Promise<TokenActionState>;
  labels: Labels;
  /** A link to the campaign's privacy page, rendered on the server. */
  privacy: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const t = useTranslations();
  const message = state.status === "error" ? translateMessage(t, state.message) : null;
  const consentError = state.status === "error" && state.field === "consent" ? message : null;
  return (
    <form action={formAction} data-testid="consent-confirm-form">
      {message && !consentError && (
        <div className="error-summary" role="status" data-testid="token-error">
          <p>{message}</p>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <fieldset className={consentError ? "field field-invalid" : "field"}>
        <legend>{labels.legend}</legend>
        <div aria-live="polite">
          {consentError && (
            <span className="field-error" id="confirm-consent-error">
              <span className="visually-hidden">{labels.errorPrefix}</span>
              {consentError}
            </span>
          )}
        </div>
        <div className="checkbox">
          <input
            id="confirm-consent"
            name="consent"
            type="checkbox"
            required
            aria-invalid={!!consentError}
            aria-describedby={consentError ? "confirm-consent-error" : undefined}
          />
          <label htmlFor="confirm-consent">{labels.consent}</label>
        </div>
        <p className="hint checkbox-hint">{privacy}</p>
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {labels.button}
      </button>
    </form>
  );
}
