"use client";

import { forwardRef } from "react";

// Lists every problem with a link to its field; focused after a failed submit so it is read out.
export const ErrorSummary = forwardRef<HTMLElement, { id: string; message?: string | null; errors: [field: string, message: string][] }>(
  function ErrorSummary({ id, message, errors }, ref) {
    return (
      <section className="error-summary" tabIndex={-1} ref={ref} aria-labelledby={`${id}-title`} data-testid={`${id}`}>
        <h3 id={`${id}-title`}>There is a problem</h3>
        {message && <p>{message}</p>}
        {errors.length > 0 && (
          <ul>
            {errors.map(([field, text]) => (
              <li key={field}>
                <a href={`#${field}`}>{text}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  },
);
