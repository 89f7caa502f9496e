"use client";

import { useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { createEventAction, importReportAction, type ImportReportState } from "@/lib/events/actions";
import { REPORT_MAX, importReportSchema, type ImportReportInput } from "@/lib/events/schema";
import { EventForm } from "./event-form";

// Paste a report, read it into a draft, correct the draft, save it. Reading saves nothing; the
// draft is an ordinary event form filled in, saved only by "Save event".
export function ImportReportForm() {
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    ImportReportState,
    ImportReportInput
  >({ action: importReportAction, schema: importReportSchema, fields: [["text", "report-text"]] });
  const draftHeading = useRef<HTMLHeadingElement>(null);
  const textError = errorFor("text");
  const readAt = state.status === "draft" ? state.readAt : null;

  useEffect(() => {
    if (readAt) draftHeading.current?.focus();
  }, [readAt]);

  return (
    <>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Read a report">
        {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="report-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
        <FormField
          id="report-text"
          label="Text of the report"
          hint="Paste the whole article, headline included. Nothing is saved until you check the draft and save it."
          error={textError}
        >
          {(describedBy) => (
            <textarea
              id="report-text"
              className="input-wide"
              rows={14}
              maxLength={REPORT_MAX}
              aria-invalid={!!textError}
              aria-describedby={describedBy}
              {...register("text")}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            Read the report
          </button>
        </div>
      </form>
      {state.status === "draft" && (
        <section aria-labelledby="draft-heading" data-testid="event-draft">
          <h2 id="draft-heading" ref={draftHeading} tabIndex={-1}>
            Check the draft
          </h2>
          <p>
            These fields were read from the report by rules, not by a person. Check each one against the report, correct or remove what is wrong, then
            save.
          </p>
          <EventForm key={state.readAt} action={createEventAction} defaultValues={state.draft} label="Imported event" headingLevel={3} />
        </section>
      )}
    </>
  );
}
