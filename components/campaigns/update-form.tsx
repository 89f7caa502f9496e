"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Path } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { LanguageOptions } from "@/components/i18n/language-options";
import { FormField } from "@/components/ui/form-field";
import { postCampaignUpdateAction, type UpdateFields } from "@/lib/campaigns/actions";
import { campaignUpdateSchema, OUTCOME_KINDS, type CampaignUpdateInput } from "@/lib/campaigns/schema";
import { useErrorText } from "@/components/forms/error-text";
import type { ActionFormState } from "@/lib/forms/action-state";
import { formatterFor } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  campaignSlug: string;
  variant: "outcome" | "news";
  /** The campaign's language, the update's by default. */
  language: Locale;
  /** The campaign's finished delivery packs, which a "delivered" outcome may name (issue #14). */
  packs?: { id: string; createdAt: string; total: number }[];
};

/**
 * A public update on the campaign page. "Record an outcome" asks what happened (delivered,
 * response received, won); "Post news" is a plain update. Both use the server's schema.
 */
export function CampaignUpdateForm({ campaignSlug, variant, language, packs = [] }: Props) {
  const prefix = `update-${variant}`;
  const fields: [Path<CampaignUpdateInput>, string][] = [
    ...(variant === "outcome" ? [["kind", `${prefix}-kind-${OUTCOME_KINDS[0]}`] as [Path<CampaignUpdateInput>, string]] : []),
    ["language", `${prefix}-language`],
    ["title", `${prefix}-title`],
    ["body", `${prefix}-body`],
    ["snapshotId", `${prefix}-pack`],
  ];
  const form = useActionForm<ActionFormState<UpdateFields>, CampaignUpdateInput>({
    action: postCampaignUpdateAction,
    schema: campaignUpdateSchema,
    fields,
    resetOn: "done",
  });
  const { state, pending, formAction, formRef, summaryRef, register, onSubmit } = form;
  const t = useTranslations("editor.updateForm");
  const show = useErrorText();
  const errorFor = (field: Path<CampaignUpdateInput>) => show(form.errorFor(field));
  const shownErrors = form.shownErrors.map(([id, message]): [string, string] => [id, show(message)]);
  const formMessage = show(form.formMessage);
  const heading = variant === "outcome" ? t("outcomeHeading") : t("newsHeading");
  const kindError = errorFor("kind");
  const format = formatterFor(useLocale());

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>{heading}</h3>
      {(shownErrors.length > 0 || formMessage) && (
        <ErrorSummary id={`${prefix}-errors`} ref={summaryRef} message={formMessage} errors={shownErrors} />
      )}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid={`${prefix}-result`}>
          {show(state.message)}
        </p>
      )}
      <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
      {variant === "news" ? (
        <input type="hidden" defaultValue="news" {...register("kind")} />
      ) : (
        <fieldset className={kindError ? "field field-invalid" : "field"} aria-describedby={kindError ? `${prefix}-kind-error` : undefined}>
          <legend>{t("whatHappened")}</legend>
          {kindError && (
            <span className="field-error" id={`${prefix}-kind-error`}>
              <span className="visually-hidden">{t("errorPrefix")} </span>
              {kindError}
            </span>
          )}
          {OUTCOME_KINDS.map((kind) => (
            <div className="checkbox" key={kind}>
              <input id={`${prefix}-kind-${kind}`} type="radio" value={kind} {...register("kind")} />
              <label htmlFor={`${prefix}-kind-${kind}`}>{t(`kinds.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <FormField id={`${prefix}-language`} label={t("language")} hint={t("languageHint")} error={errorFor("language")}>
        {(describedBy) => (
          <select
            id={`${prefix}-language`}
            defaultValue={language}
            aria-invalid={!!errorFor("language")}
            aria-describedby={describedBy}
            {...register("language")}
          >
            <LanguageOptions />
          </select>
        )}
      </FormField>
      <FormField id={`${prefix}-title`} label={t("title")} error={errorFor("title")}>
        {(describedBy) => (
          <input
            id={`${prefix}-title`}
            type="text"
            maxLength={200}
            dir="auto"
            aria-invalid={!!errorFor("title")}
            aria-describedby={describedBy}
            {...register("title")}
          />
        )}
      </FormField>
      <FormField id={`${prefix}-body`} label={t("body")} hint={t("bodyHint")} error={errorFor("body")}>
        {(describedBy) => (
          <textarea
            id={`${prefix}-body`}
            rows={5}
            dir="auto"
            aria-invalid={!!errorFor("body")}
            aria-describedby={describedBy}
            {...register("body")}
          />
        )}
      </FormField>
      {variant === "outcome" && packs.length > 0 && (
        <FormField id={`${prefix}-pack`} label={t("pack")} hint={t("packHint")} error={errorFor("snapshotId")}>
          {(describedBy) => (
            <select
              id={`${prefix}-pack`}
              defaultValue=""
              aria-invalid={!!errorFor("snapshotId")}
              aria-describedby={describedBy}
              {...register("snapshotId")}
            >
              <option value="">{t("packNone")}</option>
              {packs.map((pack) => (
                <option key={pack.id} value={pack.id}>
                  {t("packOption", { date: format.dateTime(new Date(pack.createdAt)), total: pack.total })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <button type="submit" className="button" disabled={pending}>
        {variant === "outcome" ? t("recordOutcome") : t("postNews")}
      </button>
    </form>
  );
}
