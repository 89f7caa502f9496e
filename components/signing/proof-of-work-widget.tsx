"use client";

import { type Ref, useEffect, useImperativeHandle, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type {} from "altcha/types/react";
import { CHALLENGE_PATH, PROOF_OF_WORK_FIELD } from "@/lib/proof-of-work/schema";

/** What the sign form asks of the widget before it sends: the answer, once found (null: none, the server holds the signature). */
export type ProofOfWorkHandle = { solve(): Promise<string | null> };

type WidgetState = "unverified" | "verifying" | "verified" | "error" | "expired" | "code";
type WidgetElement = HTMLElement & {
  verify?: () => Promise<{ payload?: string } | null>;
  getState?: () => WidgetState;
};
type StateChange = CustomEvent<{ state: WidgetState; payload?: string | null }>;

// The widget's own options: no ALTCHA logo or link (nothing here sends anyone to a third party), and
// a checkbox, which any keyboard and screen reader knows how to use.
const CONFIGURATION = JSON.stringify({ hideFooter: true, hideLogo: true, type: "checkbox" });

/**
 * The proof of work of a sign form whose campaign asks for one (issue #13, lib/proof-of-work): an
 * ALTCHA widget that starts solving as soon as the signer starts filling the form in, so that it is
 * usually done before they send. Its states are read out by a live region of ours, in the page's
 * language. Without JavaScript there is nothing to solve: the form says the organizers will check
 * the signature, and the server holds it.
 */
export function ProofOfWorkWidget({ ref }: { ref?: Ref<ProofOfWorkHandle> }) {
  const t = useTranslations("signing.proofOfWork");
  const locale = useLocale();
  const widgetRef = useRef<WidgetElement>(null);
  const loaded = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<WidgetState>("unverified");

  const strings = {
    label: t("label"),
    verifying: t("verifying"),
    verified: t("verified"),
    waitAlert: t("waitAlert"),
    error: t("error"),
    expired: t("expired"),
    verificationRequired: t("verificationRequired"),
    loading: t("loading"),
  };
  const stringsKey = JSON.stringify(strings);

  useEffect(() => {
    loaded.current = import("./proof-of-work-setup").then(({ setUpProofOfWork }) => setUpProofOfWork(locale, JSON.parse(stringsKey)));
    const widget = widgetRef.current;
    const follow = (event: Event) => setState((event as StateChange).detail.state);
    widget?.addEventListener("statechange", follow);
    return () => widget?.removeEventListener("statechange", follow);
  }, [locale, stringsKey]);

  useImperativeHandle(ref, () => ({
    async solve() {
      await loaded.current;
      const widget = widgetRef.current;
      if (!widget?.verify || !widget.getState) return null;
      const current = widget.getState();
      if (current === "verified") return widget.querySelector<HTMLInputElement>(`input[name="${PROOF_OF_WORK_FIELD}"]`)?.value || null;
      // Already solving (it starts when the form is first focused): wait for it rather than start over.
      if (current === "verifying") return settled(widget);
      return (await widget.verify().catch(() => null))?.payload ?? null;
    },
  }));

  const status = state === "verifying" || state === "verified" || state === "error" || state === "expired" ? t(`status.${state}`) : "";
  return (
    <div className="field proof-of-work" data-testid="proof-of-work">
      <altcha-widget
        ref={widgetRef}
        challenge={CHALLENGE_PATH}
        name={PROOF_OF_WORK_FIELD}
        auto="onfocus"
        language={locale}
        configuration={CONFIGURATION}
        suppressHydrationWarning
      />
      <p className="visually-hidden" role="status" data-testid="proof-of-work-status">
        {status}
      </p>
      <noscript>
        <p className="hint">{t("noScript")}</p>
      </noscript>
    </div>
  );
}

/** The answer of a verification already under way, when it ends (null if it fails). */
function settled(widget: WidgetElement): Promise<string | null> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      const { state, payload } = (event as StateChange).detail;
      if (state === "verifying") return;
      widget.removeEventListener("statechange", done);
      resolve(state === "verified" ? (payload ?? null) : null);
    };
    widget.addEventListener("statechange", done);
  });
}
