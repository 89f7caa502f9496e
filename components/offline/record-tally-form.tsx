"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { recordOfflineTallyAction, type OfflineFormState } from "@/lib/offline/actions";
import { recordTallySchema, type RecordTallyFields, type RecordTallyInput } from "@/lib/offline/schema";

const FIELDS: [RecordTallyFields, string][] = [
  ["count", "tally-count"],
  ["description", "tally-description"],
  ["sourceTitle", "tally-source-title"],
  ["sourceUrl", "tally-source-url"],
  ["sourceDate", "tally-source-date"],
];

/** A count of signatures collected elsewhere, with the source that documents it. */
export function RecordTallyForm({ campaignSlug }: { campaignSlug: string }) {
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    OfflineFormState<RecordTallyFields>,
    RecordTallyInput
  >({ action: recordOfflineTallyAction, schema: recordTallySchema, fields: FIELDS, resetOn: "done" });

  const input = (field: RecordTallyFields, id: string) => ({
    id,
    "aria-invalid": !!errorFor(field),
    ...register(field),
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="record-tally-title">
      <h2 id="record-tally-title">Record a documented offline tally</h2>
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="tally-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="tally-result">
          {state.message}
        </p>
      )}
      <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
      <FormField id="tally-count" label="Number of signatures" error={errorFor("count")}>
        {(describedBy) => (
          <input type="number" inputMode="numeric" min={1} step={1} aria-describedby={describedBy} {...input("count", "tally-count")} />
        )}
      </FormField>
      <FormField
        id="tally-description"
        label="Description, as the source words it"
        hint="For example “more than 2,000 signatures collected at the market”."
        error={errorFor("description")}
      >
        {(describedBy) => <input type="text" maxLength={300} aria-describedby={describedBy} {...input("description", "tally-description")} />}
      </FormField>
      <FormField
        id="tally-source-title"
        label="Source title"
        hint="The article, report or letter that documents the count."
        error={errorFor("sourceTitle")}
      >
        {(describedBy) => <input type="text" maxLength={200} aria-describedby={describedBy} {...input("sourceTitle", "tally-source-title")} />}
      </FormField>
      <FormField id="tally-source-url" label="Source web address (optional)" hint="Starting with https:// or http://." error={errorFor("sourceUrl")}>
        {(describedBy) => (
          <input
            type="url"
            inputMode="url"
            spellCheck={false}
            maxLength={2000}
            aria-describedby={describedBy}
            {...input("sourceUrl", "tally-source-url")}
          />
        )}
      </FormField>
      <FormField id="tally-source-date" label="Source date" hint="For example 2026-03-14." error={errorFor("sourceDate")}>
        {(describedBy) => <input type="date" aria-describedby={describedBy} {...input("sourceDate", "tally-source-date")} />}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        Record the tally
      </button>
    </form>
  );
}
