"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { useMessageText } from "@/components/organizers/message-text";
import { FormField } from "@/components/ui/form-field";
import { previewInvalidationAction, type PreviewState } from "@/lib/moderation/actions";
import type { FilterFields } from "@/lib/moderation/commands";
import { describeFilter, invalidationPreviewSchema, type InvalidationPrefill, type InvalidationPreviewInput } from "@/lib/moderation/schema";
import { ConfirmInvalidationForm } from "./confirm-invalidation-form";

const FIELDS: [FilterFields, string][] = [
  ["from", "invalidate-from"],
  ["to", "invalidate-to"],
  ["emailDomain", "invalidate-domain"],
  ["ipHash", "invalidate-hash"],
];

/**
 * Step one, "Preview": counts what a filter matches and changes nothing. Step two appears below it
 * with that count and the filter as previewed; it invalidates only if the count is still the same.
 */
export function InvalidateSignaturesForm({ campaignSlug, prefill = {} }: { campaignSlug: string; prefill?: InvalidationPrefill }) {
  const t = useTranslations("organizer.moderation.invalidateForm");
  const root = useTranslations();
  const message = useMessageText();
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    PreviewState,
    InvalidationPreviewInput
  >({ action: previewInvalidationAction, schema: invalidationPreviewSchema, fields: FIELDS });
  // A field the trending table's link filled in (issue #13) starts with that value.
  const field = (name: FilterFields, id: string) => ({ "aria-invalid": !!errorFor(name), defaultValue: prefill[name], ...register(name), id });
  const error = (name: FilterFields) => message.maybe(errorFor(name));

  return (
    <>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={t("formLabel")}>
        {(shownErrors.length > 0 || formMessage) && (
          <ErrorSummary id="invalidate-errors" ref={summaryRef} message={message.maybe(formMessage)} errors={message.list(shownErrors)} />
        )}
        <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
        <FormField id="invalidate-from" label={t("from")} hint={t("fromHint")} error={error("from")}>
          {(describedBy) => <input type="datetime-local" dir="ltr" aria-describedby={describedBy} {...field("from", "invalidate-from")} />}
        </FormField>
        <FormField id="invalidate-to" label={t("to")} error={error("to")}>
          {(describedBy) => <input type="datetime-local" dir="ltr" aria-describedby={describedBy} {...field("to", "invalidate-to")} />}
        </FormField>
        <FormField id="invalidate-domain" label={t("domain")} hint={t("domainHint")} error={error("emailDomain")}>
          {(describedBy) => (
            <input
              type="text"
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              maxLength={254}
              aria-describedby={describedBy}
              {...field("emailDomain", "invalidate-domain")}
            />
          )}
        </FormField>
        <FormField id="invalidate-hash" label={t("hash")} hint={t("hashHint")} error={error("ipHash")}>
          {(describedBy) => (
            <input
              type="text"
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              maxLength={80}
              aria-describedby={describedBy}
              {...field("ipHash", "invalidate-hash")}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={pending}>
          {t("preview")}
        </button>
      </form>
      {state.status === "previewed" && (
        <section aria-labelledby="invalidate-preview-title" className="panel">
          <h3 id="invalidate-preview-title" tabIndex={-1}>
            {t("preview")}
          </h3>
          <p role="status" data-testid="invalidate-preview">
            {state.preview.total === 0
              ? t("noMatch")
              : t.rich("matches", {
                  total: state.preview.total,
                  confirmed: state.preview.confirmed,
                  pending: state.preview.pending,
                  filter: describeFilter(state.filter, root),
                  bdi: (chunks) => <bdi>{chunks}</bdi>,
                })}
          </p>
          {state.preview.total > 0 && (
            <ConfirmInvalidationForm key={JSON.stringify([state.values, state.preview])} values={state.values} count={state.preview.total} />
          )}
        </section>
      )}
    </>
  );
}
