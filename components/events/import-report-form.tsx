"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { createEventAction, importReportAction, type ImportReportState } from "@/lib/events/actions";
import { translateMessage } from "@/lib/i18n/message-key";
import { REPORT_MAX, importReportSchema, type ImportReportInput } from "@/lib/events/schema";
import { EventForm } from "./event-form";

// Paste a report, read it into a draft, correct the draft, save it. Reading saves nothing; the
// draft is an ordinary event form filled in, saved only by "Save event".
export function ImportReportForm() {
  const t = useTranslations();
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    ImportReportState,
    ImportReportInput
  >({ action: importReportAction, schema: importReportSchema, fields: [["text", "report-text"]] });
  const draftHeading = useRef<HTMLHeadingElement>(null);
  // Messages are catalog keys (lib/events/schema.ts, commands.ts), shown in the organizer's language.
  const shown = (message: string | null | undefined) => (message ? translateMessage(t, message) : undefined);
  const textError = shown(errorFor("text"));
  const readAt = state.status === "draft" ? state.readAt : null;

  useEffect(() => {
    if (readAt) draftHeading.current?.focus();
  }, [readAt]);

  return (
    <>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={t("events.import.formLabel")}>
        {(shownErrors.length > 0 || formMessage) && (
          <ErrorSummary
            id="report-errors"
            ref={summaryRef}
            message={shown(formMessage)}
            errors={shownErrors.map(([id, message]) => [id, translateMessage(t, message)] as [string, string])}
          />
        )}
        <FormField id="report-text" label={t("events.import.textLabel")} hint={t("events.import.textHint")} error={textError}>
          {(describedBy) => (
            <textarea
              id="report-text"
              className="input-wide"
              rows={14}
              maxLength={REPORT_MAX}
              dir="auto"
              aria-invalid={!!textError}
              aria-describedby={describedBy}
              {...register("text")}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={pending}>
            {t("events.import.read")}
          </button>
        </div>
      </form>
      {state.status === "draft" && (
        <section aria-labelledby="draft-heading" data-testid="event-draft">
          <h2 id="draft-heading" ref={draftHeading} tabIndex={-1}>
            {t("events.import.draftTitle")}
          </h2>
          <p>{t("events.import.draftIntro")}</p>
          <EventForm
            key={state.readAt}
            action={createEventAction}
            defaultValues={state.draft}
            label={t("events.import.draftLabel")}
            headingLevel={3}
          />
        </section>
      )}
    </>
  );
}
