"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Path } from "react-hook-form";
import { useErrorText } from "@/components/forms/error-text";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormField } from "@/components/ui/form-field";
import { deleteCampaignTranslationAction, saveCampaignTranslationAction } from "@/lib/campaigns/actions";
import { campaignTranslationSchema, type CampaignTranslationInput, type TranslationFields } from "@/lib/campaigns/schema";
import type { ActionFormState } from "@/lib/forms/action-state";
import { directionOf, LANGUAGE_NAMES, type Locale } from "@/lib/i18n/routing";

type Text = { title: string; summary: string; statement: string; decisionMakers: string };

type Props = {
  campaignSlug: string;
  language: Locale;
  /** The translation as stored, or empty fields when there is none yet. */
  defaults: Text;
  exists: boolean;
  readOnly: boolean;
};

/**
 * A campaign's texts in one other language. The fields are written in that language (its `lang`
 * and direction, whatever the page's), checked by the same zod schema as the server.
 */
export function TranslationForm({ campaignSlug, language, defaults, exists, readOnly }: Props) {
  const prefix = `translation-${language}`;
  const fields: [Path<CampaignTranslationInput>, string][] = [
    ["title", `${prefix}-title`],
    ["summary", `${prefix}-summary`],
    ["statement", `${prefix}-statement`],
    ["decisionMakers", `${prefix}-decisionMakers`],
  ];
  const form = useActionForm<ActionFormState<TranslationFields>, CampaignTranslationInput>({
    action: saveCampaignTranslationAction,
    schema: campaignTranslationSchema,
    fields,
  });
  const { state, pending, formAction, formRef, summaryRef, register, onSubmit } = form;
  const t = useTranslations("editor");
  const show = useErrorText();
  const errorFor = (field: Path<CampaignTranslationInput>) => show(form.errorFor(field));
  const shownErrors = form.shownErrors.map(([id, message]): [string, string] => [id, show(message)]);
  const formMessage = show(form.formMessage);
  const written = { lang: language, dir: directionOf(language) } as const;

  const area = (field: "summary" | "statement" | "decisionMakers", label: string, rows: number, hint?: string) => (
    <FormField id={`${prefix}-${field}`} label={label} hint={hint} error={errorFor(field)}>
      {(describedBy) => (
        <textarea
          id={`${prefix}-${field}`}
          rows={rows}
          defaultValue={defaults[field]}
          aria-invalid={!!errorFor(field)}
          aria-describedby={describedBy}
          {...written}
          {...register(field)}
        />
      )}
    </FormField>
  );

  return (
    <>
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        aria-label={t("translations.formLabel", { name: LANGUAGE_NAMES[language] })}
      >
        {(shownErrors.length > 0 || formMessage) && (
          <ErrorSummary id={`${prefix}-errors`} ref={summaryRef} message={formMessage} errors={shownErrors} />
        )}
        {state.status === "done" && (
          <p className="notice" role="status" data-testid={`${prefix}-result`}>
            {show(state.message)}
          </p>
        )}
        <fieldset disabled={readOnly}>
          <input type="hidden" defaultValue={campaignSlug} {...register("campaignSlug")} />
          <input type="hidden" defaultValue={language} {...register("language")} />
          <FormField id={`${prefix}-title`} label={t("campaignForm.labels.title")} error={errorFor("title")}>
            {(describedBy) => (
              <input
                id={`${prefix}-title`}
                type="text"
                maxLength={200}
                defaultValue={defaults.title}
                aria-invalid={!!errorFor("title")}
                aria-describedby={describedBy}
                {...written}
                {...register("title")}
              />
            )}
          </FormField>
          {area("summary", t("campaignForm.labels.summary"), 3)}
          {area("statement", t("campaignForm.labels.statement"), 10)}
          {area("decisionMakers", t("campaignForm.labels.decisionMakers"), 3, t("campaignForm.hints.decisionMakers"))}
          {!readOnly && (
            <button type="submit" className="button" disabled={pending}>
              {t("translations.save")}
            </button>
          )}
        </fieldset>
      </form>
      {exists && !readOnly && <DeleteTranslation campaignSlug={campaignSlug} language={language} />}
    </>
  );
}

function DeleteTranslation({ campaignSlug, language }: { campaignSlug: string; language: Locale }) {
  const [state, formAction, pending] = useActionState<ActionFormState<"language">, FormData>(deleteCampaignTranslationAction, { status: "idle" });
  const t = useTranslations("editor.translations");
  const show = useErrorText();
  return (
    <form action={formAction} className="translation-delete">
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <input type="hidden" name="language" value={language} />
      {state.status !== "idle" && (
        <p className={state.status === "done" ? "notice" : "notice notice-warning"} role={state.status === "done" ? "status" : "alert"}>
          {show(state.message)}
        </p>
      )}
      <ConfirmButton confirm={t("removeConfirm")} className="button button-danger" disabled={pending}>
        {t("remove")}
      </ConfirmButton>
    </form>
  );
}
