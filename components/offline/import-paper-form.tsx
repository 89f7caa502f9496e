"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { importPaperSignaturesAction, type OfflineFormState } from "@/lib/offline/actions";
import { importPaperSchema, MAX_PAPER_ROWS, type ImportPaperFields, type ImportPaperInput } from "@/lib/offline/schema";
import { RejectionReport } from "./rejection-report";

const FIELDS: [ImportPaperFields, string][] = [
  ["sourceTitle", "import-source-title"],
  ["description", "import-description"],
  ["file", "import-file"],
];

/**
 * Paper signatures from a CSV file. The browser checks the file's size with the same schema as
 * the server, so a file that is too big shows an error here and is never sent.
 */
export function ImportPaperForm({ campaignSlug, requiredColumns }: { campaignSlug: string; requiredColumns: string[] }) {
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    OfflineFormState<ImportPaperFields>,
    ImportPaperInput
  >({ action: importPaperSignaturesAction, schema: importPaperSchema, fields: FIELDS, resetOn: "done" });
  const fileError = errorFor("file");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="import-paper-title">
      <h2 id="import-paper-title">Import paper signatures from a CSV file</h2>
      <p>
        The first line names the columns: <code>{requiredColumns.join(", ")}</code> (required), and any of the others. Country is a two-letter code
        (FR, GB); signed_on is written YYYY-MM-DD. At most 5 MB and {MAX_PAPER_ROWS.toLocaleString("en-GB")} rows. Every row is checked: if one is
        wrong, nothing is imported and the lines to fix are listed.
      </p>
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
