"use client";

import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { importPaperSignaturesAction, type OfflineFormState } from "@/lib/offline/actions";
import { importPaperSchema, type ImportPaperFields, type ImportPaperInput } from "@/lib/offline/schema";
import { RejectionReport } from "./rejection-report";

const FIELDS: [ImportPaperFields, string][] = [
  ["sourceTitle", "import-source-title"],
  ["description", "import-description"],
  ["file", "import-file"],
];

/**
 * Paper signatures from a CSV file. The browser checks the file's size with the same schema as
 * the server, so a file that is too big shows an error here and is never sent. `guide` says what
 * the file holds, under the form's heading.
 */
export function ImportPaperForm({ campaignSlug, guide }: { campaignSlug: string; guide: ReactNode }) {
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    OfflineFormState<ImportPaperFields>,
    ImportPaperInput
  >({ action: importPaperSignaturesAction, schema: importPaperSchema, fields: FIELDS, resetOn: "done" });
  const fileError = errorFor("file");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="import-paper-title">
      <h2 id="import-paper-title">Import paper signatures from a CSV file</h2>
      {guide}
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="import-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="import-result">
          {state.message}
        </p>
      )}
      <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
      <FormField
        id="import-source-title"
        label="Where the signatures come from"
        hint="For example “Petition sheets from the market stall”."
        error={errorFor("sourceTitle")}
      >
        {(describedBy) => (
          <input
            id="import-source-title"
            type="text"
            maxLength={200}
            aria-invalid={!!errorFor("sourceTitle")}
            aria-describedby={describedBy}
            {...register("sourceTitle")}
          />
        )}
      </FormField>
      <FormField
        id="import-description"
        label="Description shown on the campaign page"
        hint="For example “Signed on paper at the town hall meeting”."
        error={errorFor("description")}
      >
        {(describedBy) => (
          <input
            id="import-description"
            type="text"
            maxLength={300}
            aria-invalid={!!errorFor("description")}
            aria-describedby={describedBy}
            {...register("description")}
          />
        )}
      </FormField>
      <FormField id="import-file" label="CSV file of paper signatures" hint="Saved as “CSV UTF-8 (comma-separated)”." error={fileError}>
        {(describedBy) => (
          <input
            id="import-file"
            type="file"
            className="file-input"
            accept=".csv,text/csv"
            aria-invalid={!!fileError}
            aria-describedby={describedBy}
            {...register("file")}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Importing…" : "Import the signatures"}
      </button>
      {state.status === "error" && state.report && <RejectionReport {...state.report} />}
    </form>
  );
}
