"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { changeCampaignStatusAction } from "@/lib/campaigns/actions";
import type { LifecycleAction } from "@/lib/campaigns/page-data";
import type { TransitionName } from "@/lib/campaigns/schema";
import { useErrorText } from "@/components/forms/error-text";
import type { ActionFormState } from "@/lib/forms/action-state";

type Props = { campaignSlug: string; actions: LifecycleAction[] };

// Publishing is what a draft is for; reopening and restoring are other actions; closing and
// archiving end the signing, so they are red and ask first (issue #11).
const BUTTONS: Record<TransitionName, { className: string; confirm?: "close" | "archive" }> = {
  publish: { className: "button" },
  reopen: { className: "button button-secondary" },
  restore: { className: "button button-secondary" },
  close: { className: "button button-danger", confirm: "close" },
  archive: { className: "button button-danger", confirm: "archive" },
};

/**
 * The buttons that move a campaign through draft → open → closed → archived. A button whose rule
 * refuses it now stays visible, disabled, with the reason beside it; the server checks again.
 */
export function LifecycleControls({ campaignSlug, actions }: Props) {
  const [state, formAction, pending] = useActionState<ActionFormState<"transition">, FormData>(changeCampaignStatusAction, { status: "idle" });
  const messageRef = useRef<HTMLParagraphElement>(null);
  const t = useTranslations("editor.lifecycle");
  const show = useErrorText();
  useEffect(() => {
    if (state.status !== "idle") messageRef.current?.focus();
  }, [state]);

  return (
    <section aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t("title")}</h2>
      {state.status !== "idle" && (
        <p
          ref={messageRef}
          tabIndex={-1}
          className={state.status === "done" ? "notice" : "notice notice-warning"}
          role={state.status === "done" ? "status" : "alert"}
          data-testid="lifecycle-result"
        >
          {show(state.message)}
        </p>
      )}
      {actions.length === 0 ? null : (
        <ul className="lifecycle-actions">
          {actions.map(({ name, refusal }) => {
            const { className, confirm } = BUTTONS[name];
            return (
              <li key={name}>
                <form action={formAction}>
                  <input type="hidden" name="campaignSlug" value={campaignSlug} />
                  <input type="hidden" name="transition" value={name} />
                  {confirm && !refusal ? (
                    <ConfirmButton confirm={t(`confirm.${confirm}`)} className={className} disabled={pending}>
                      {t(`actions.${name}`)}
                    </ConfirmButton>
                  ) : (
                    <button
                      type="submit"
                      className={className}
                      disabled={pending || refusal !== null}
                      aria-describedby={refusal ? `lifecycle-${name}-refusal` : undefined}
                    >
                      {t(`actions.${name}`)}
                    </button>
                  )}
                  {refusal && (
                    <span className="muted small" id={`lifecycle-${name}-refusal`}>
                      {show(refusal)}
                    </span>
                  )}
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
