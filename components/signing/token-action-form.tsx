"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { translateMessage } from "@/lib/i18n/message-key";
import type { TokenActionState } from "@/lib/signing/actions";

// One button that POSTs a token to a server action: the page that shows it changed nothing.
export function TokenActionForm({
  token,
  action,
  label,
  variant = "primary",
}: {
  token: string;
  action: (state: TokenActionState, formData: FormData) => Promise<TokenActionState>;
  label: string;
  variant?: "primary" | "warning";
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  // The action's refusal is a catalog key (lib/signing/actions.ts), read with the root translator.
  const t = useTranslations();
  return (
    <form action={formAction}>
      {state.status === "error" && (
        <div className="error-summary" role="status" data-testid="token-error">
          <p>{translateMessage(t, state.message)}</p>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={variant === "warning" ? "button button-danger" : "button"} disabled={pending}>
        {label}
      </button>
    </form>
  );
}
