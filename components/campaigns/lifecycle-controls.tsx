"use client";

import { useActionState, useEffect, useRef } from "react";
import { changeCampaignStatusAction } from "@/lib/campaigns/actions";
import { TRANSITIONS } from "@/lib/campaigns/lifecycle";
import type { LifecycleAction } from "@/lib/campaigns/page-data";
import type { ActionFormState } from "@/lib/forms/action-state";

type Props = { campaignSlug: string; actions: LifecycleAction[] };

/**
 * The buttons that move a campaign through draft → open → closed → archived. A button whose rule
 * refuses it now stays visible, disabled, with the reason beside it; the server checks again.
 */
export function LifecycleControls({ campaignSlug, actions }: Props) {
  const [state, formAction, pending] = useActionState<ActionFormState<"transition">, FormData>(changeCampaignStatusAction, { status: "idle" });
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.focus();
  }, [state]);

  return (
    <section aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">Status</h2>
      {state.status !== "idle" && (
        <p
          ref={messageRef}
          tabIndex={-1}
          className={state.status === "done" ? "notice" : "notice notice-warning"}
          role={state.status === "done" ? "status" : "alert"}
          data-testid="lifecycle-result"
        >
          {state.message}
        </p>
      )}
      {actions.length === 0 ? null : (
        <ul className="card-list" style={{ listStyle: "none", padding: 0 }}>
          {actions.map(({ name, refusal }) => (
            <li key={name} style={{ marginBottom: "0.75rem" }}>
              <form action={formAction}>
                <input type="hidden" name="campaignSlug" value={campaignSlug} />
                <input type="hidden" name="transition" value={name} />
                <button
                  type="submit"
                  className={name === "archive" || name === "close" ? "button button-warning" : "button"}
                  disabled={pending || refusal !== null}
                  aria-describedby={refusal ? `lifecycle-${name}-refusal` : undefined}
                >
                  {TRANSITIONS[name].label}
                </button>
                {refusal && (
                  <span className="hint" id={`lifecycle-${name}-refusal`} style={{ marginLeft: "0.75rem" }}>
                    {refusal}
                  </span>
                )}
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
