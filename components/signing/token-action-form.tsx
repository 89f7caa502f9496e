"use client";

import { useActionState } from "react";
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
  return (
    <form action={formAction}>
      {state.status === "error" && (
        <div className="error-summary" role="status" data-testid="token-error">
          <p>{state.message}</p>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={variant === "warning" ? "button button-danger" : "button"} disabled={pending}>
        {label}
      </button>
    </form>
  );
}
