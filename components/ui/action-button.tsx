import type { ReactNode } from "react";
import { ConfirmButton } from "./confirm-button";

/** A button's role in the design system (app/globals.css, issue #11). */
type ButtonKind = "primary" | "secondary" | "quiet" | "danger" | "quiet-danger";

const BUTTON_CLASS: Record<ButtonKind, string> = {
  primary: "button",
  secondary: "button button-secondary",
  quiet: "button button-quiet",
  danger: "button button-danger",
  "quiet-danger": "button button-quiet button-danger",
};

// One button in a list row that posts a few hidden values to a server action: a plain form, so it
// works without JavaScript. The action checks the caller and the values itself. A row action is
// quiet by default, so a column of them does not outshout the rows; one that removes something is
// "quiet-danger" and asks first (`confirm`, the question the browser shows).
export function ActionButton({
  action,
  fields,
  kind = "quiet",
  confirm,
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string>;
  kind?: ButtonKind;
  confirm?: string;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm ? (
        <ConfirmButton confirm={confirm} className={BUTTON_CLASS[kind]}>
          {children}
        </ConfirmButton>
      ) : (
        <button type="submit" className={BUTTON_CLASS[kind]}>
          {children}
        </button>
      )}
    </form>
  );
}
