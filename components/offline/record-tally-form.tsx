"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessageText } from "@/components/organizers/message-text";
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
  const t = useTranslations("organizer.offline.recordForm");
  const message = useMessageText();
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    OfflineFormState<RecordTallyFields>,
    RecordTallyInput
  >({ action: recordOfflineTallyAction, schema: recordTallySchema, fields: FIELDS, resetOn: "done" });

  const input = (field: RecordTallyFields, id: string) => ({
    id,
    "aria-invalid": !!errorFor(field),
    ...register(field),
  });
  const error = (field: RecordTallyFields) => message.maybe(errorFor(field));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby="record-tally-title">
      <h2 id="record-tally-title">{t("title")}</h2>
      {(shownErrors.length > 0 || formMessage) && (
        <ErrorSummary id="tally-errors" ref={summaryRef} message={message.maybe(formMessage)} errors={message.list(shownErrors)} />
      )}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="tally-result">
          {message.rich(state.message)}
        </p>
      )}
      <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
      <FormField id="tally-count" label={t("count")} error={error("count")}>
        {(describedBy) => (
          <input type="number" dir="ltr" inputMode="numeric" min={1} step={1} aria-describedby={describedBy} {...input("count", "tally-count")} />
        )}
      </FormField>
      <FormField id="tally-description" label={t("description")} hint={t("descriptionHint")} error={error("description")}>
        {(describedBy) => (
          <input type="text" dir="auto" maxLength={300} aria-describedby={describedBy} {...input("description", "tally-description")} />
        )}
      </FormField>
      <FormField id="tally-source-title" label={t("sourceTitle")} hint={t("sourceTitleHint")} error={error("sourceTitle")}>
        {(describedBy) => (
          <input type="text" dir="auto" maxLength={200} aria-describedby={describedBy} {...input("sourceTitle", "tally-source-title")} />
        )}
      </FormField>
      <FormField id="tally-source-url" label={t("sourceUrl")} hint={t("sourceUrlHint")} error={error("sourceUrl")}>
        {(describedBy) => (
          <input
            type="url"
            dir="ltr"
            inputMode="url"
            spellCheck={false}
            maxLength={2000}
            aria-describedby={describedBy}
            {...input("sourceUrl", "tally-source-url")}
          />
        )}
      </FormField>
      <FormField id="tally-source-date" label={t("sourceDate")} hint={t("sourceDateHint")} error={error("sourceDate")}>
        {(describedBy) => <input type="date" dir="ltr" aria-describedby={describedBy} {...input("sourceDate", "tally-source-date")} />}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
