"use client";

import { useTranslations } from "next-intl";
import { forwardRef } from "react";
import { useErrorText } from "./error-text";

// Lists every problem with a link to its field; focused after a failed submit so it is read out.
// A message may be a catalog key (lib/i18n/message-key.ts): it is shown in the reader's language.
export const ErrorSummary = forwardRef<HTMLElement, { id: string; message?: string | null; errors: [field: string, message: string][] }>(
  function ErrorSummary({ id, message, errors }, ref) {
    const t = useTranslations("common.forms");
    const text = useErrorText();
    const messageText = text(message);
    return (
      <section className="error-summary" tabIndex={-1} ref={ref} aria-labelledby={`${id}-title`} data-testid={`${id}`}>
        <h3 id={`${id}-title`}>{t("problem")}</h3>
        {messageText && <p>{messageText}</p>}
        {errors.length > 0 && (
          <ul>
            {errors.map(([field, fieldMessage]) => (
              <li key={field}>
                <a href={`#${field}`}>{text(fieldMessage)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  },
);
