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
  fields = {},
  describedBy,
  confirm,
}: {
  token: string;
  action: (state: TokenActionState, formData: FormData) => Promise<TokenActionState>;
  label: string;
  variant?: "primary" | "secondary" | "warning";
  /** More hidden fields the action reads (which signature, which choice). */
  fields?: Record<string, string>;
  /** The id of what the button acts on (a heading), so buttons in a list tell apart. */
  describedBy?: string;
  /** A question asked before a change that cannot be undone; without JavaScript the label must say it all. */
  confirm?: string;
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
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={`button${variant === "primary" ? "" : variant === "warning" ? " button-danger" : " button-secondary"}`}
        disabled={pending}
        aria-describedby={describedBy}
        onClick={(event) => {
          if (confirm && !window.confirm(confirm)) event.preventDefault();
        }}
      >
        {label}
      </button>
    </form>
  );
}
