import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useErrorText } from "@/components/forms/error-text";

// A labelled field whose hint and error are tied to the input with aria-describedby, so screen
// readers announce them when the input takes focus. `error` may be a catalog key (a zod issue, a
// server action's field error, lib/i18n/message-key.ts): it is shown in the reader's language.
export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const t = useTranslations("common.forms");
  const errorText = useErrorText()(error);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {errorText && (
        <span className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{t("errorPrefix")} </span>
          {errorText}
        </span>
      )}
      {children(describedBy)}
    </div>
  );
}
