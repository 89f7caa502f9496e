"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { previewInvalidationAction, type PreviewState } from "@/lib/moderation/actions";
import type { FilterFields } from "@/lib/moderation/commands";
import { invalidationPreviewSchema, type InvalidationPreviewInput } from "@/lib/moderation/schema";
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
export function InvalidateSignaturesForm({ campaignSlug }: { campaignSlug: string }) {
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    PreviewState,
    InvalidationPreviewInput
  >({ action: previewInvalidationAction, schema: invalidationPreviewSchema, fields: FIELDS });
  const field = (name: FilterFields, id: string) => ({ "aria-invalid": !!errorFor(name), ...register(name), id });

  return (
    <>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Find signatures to invalidate">
        {(shownErrors.length > 0 || formMessage) && (
          <ErrorSummary id="invalidate-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />
        )}
        <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
        <FormField id="invalidate-from" label="Signed from (UTC)" hint="Leave both times empty for any time." error={errorFor("from")}>
          {(describedBy) => <input type="datetime-local" aria-describedby={describedBy} {...field("from", "invalidate-from")} />}
        </FormField>
        <FormField id="invalidate-to" label="Signed before (UTC)" error={errorFor("to")}>
          {(describedBy) => <input type="datetime-local" aria-describedby={describedBy} {...field("to", "invalidate-to")} />}
        </FormField>
        <FormField
          id="invalidate-domain"
          label="Email domain"
          hint="The part after the @, e.g. spam.example. Matches that domain exactly."
          error={errorFor("emailDomain")}
        >
          {(describedBy) => (
            <input
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={254}
              aria-describedby={describedBy}
              {...field("emailDomain", "invalidate-domain")}
            />
          )}
        </FormField>
        <FormField id="invalidate-hash" label="Client-address hash" hint="A whole hash from the table above." error={errorFor("ipHash")}>
          {(describedBy) => (
            <input
              type="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={80}
              aria-describedby={describedBy}
              {...field("ipHash", "invalidate-hash")}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={pending}>
          Preview
        </button>
      </form>
      {state.status === "previewed" && (
        <section aria-labelledby="invalidate-preview-title" className="panel">
          <h3 id="invalidate-preview-title" tabIndex={-1}>
            Preview
          </h3>
          <p role="status" data-testid="invalidate-preview">
            {state.preview.total === 0
              ? "No pending or confirmed signature matches this filter."
              : `${state.preview.total} ${state.preview.total === 1 ? "signature matches" : "signatures match"} (${state.preview.confirmed} confirmed, ${state.preview.pending} pending): ${state.filterText}. Nothing changes until you press “Invalidate”.`}
          </p>
          {state.preview.total > 0 && (
            <ConfirmInvalidationForm key={JSON.stringify([state.values, state.preview])} values={state.values} count={state.preview.total} />
          )}
        </section>
      )}
    </>
  );
}
