"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessageText } from "@/components/organizers/message-text";
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
  const t = useTranslations("organizer.offline.importForm");
  const message = useMessageText();
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    OfflineFormState<ImportPaperFields>,
    ImportPaperInput
  >({ action: importPaperSignaturesAction, schema: importPaperSchema, fields: FIELDS, resetOn: "done" });
  const fileError = message.maybe(errorFor("file"));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="import-paper-title">
      <h2 id="import-paper-title">{t("title")}</h2>
      {guide}
      {(shownErrors.length > 0 || formMessage) && (
        <ErrorSummary id="import-errors" ref={summaryRef} message={message.maybe(formMessage)} errors={message.list(shownErrors)} />
      )}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="import-result">
          {message.rich(state.message)}
        </p>
      )}
      <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
      <FormField id="import-source-title" label={t("sourceTitle")} hint={t("sourceTitleHint")} error={message.maybe(errorFor("sourceTitle"))}>
        {(describedBy) => (
          <input
            id="import-source-title"
            type="text"
            dir="auto"
            maxLength={200}
            aria-invalid={!!errorFor("sourceTitle")}
            aria-describedby={describedBy}
            {...register("sourceTitle")}
          />
        )}
      </FormField>
      <FormField id="import-description" label={t("description")} hint={t("descriptionHint")} error={message.maybe(errorFor("description"))}>
        {(describedBy) => (
          <input
            id="import-description"
            type="text"
            dir="auto"
            maxLength={300}
            aria-invalid={!!errorFor("description")}
            aria-describedby={describedBy}
            {...register("description")}
          />
        )}
      </FormField>
      <FormField id="import-file" label={t("file")} hint={t("fileHint", { utf8: "UTF-8" })} error={fileError}>
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
        {pending ? t("importing") : t("submit")}
      </button>
      {state.status === "error" && state.report && <RejectionReport {...state.report} />}
    </form>
  );
}
