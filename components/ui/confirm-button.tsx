"use client";

import type { ReactNode } from "react";

// A submit button for an action that removes, closes or sends to many people: it asks first, in the
// browser's own dialog (read out by screen readers, answered with the keyboard). Without JavaScript
// the form posts at once, so such actions also say in their label exactly what they do.
export function ConfirmButton({
  confirm,
  className = "button button-danger",
  disabled,
  children,
}: {
  /** The question, naming what will happen: "Close this campaign? It will stop taking signatures." */
  confirm: string;
  className?: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      className={className}
      disabled={disabled}
      onClick={(event) => {
        if (!window.confirm(confirm)) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
