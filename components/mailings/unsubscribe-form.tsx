"use client";

import { useActionState } from "react";
import { unsubscribeAction, type UnsubscribeState } from "@/lib/mailings/unsubscribe-actions";

// One button that POSTs the link's token: opening the page changed nothing. Works without JavaScript.
export function UnsubscribeForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState<UnsubscribeState, FormData>(unsubscribeAction, { status: "idle" });
  if (state.status === "done") {
    return (
      <p className="notice" role="status" data-testid="unsubscribe-done">
        You will not receive further updates from this campaign.
      </p>
    );
  }
  return (
    <form action={formAction}>
      {state.status === "error" && (
        <div className="error-summary" role="alert" data-testid="unsubscribe-error">
          <p>{state.message}</p>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button" disabled={pending}>
        Unsubscribe
      </button>
    </form>
  );
}
