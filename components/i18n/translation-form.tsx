"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Path } from "react-hook-form";
import type { z } from "zod";
import { LegendHeading } from "@/components/ui/legend-heading";
import { useErrorText } from "@/components/forms/error-text";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormField } from "@/components/ui/form-field";
import {
  deleteCampaignTranslationAction,
  deleteUpdateTranslationAction,
  saveCampaignTranslationAction,
  saveUpdateTranslationAction,
} from "@/lib/campaigns/actions";
import { campaignTranslationSchema, updateTranslationSchema } from "@/lib/campaigns/schema";
import { deleteEventTranslationAction, saveEventTranslationAction } from "@/lib/events/actions";
import { eventTranslationSchema } from "@/lib/events/schema";
import type { CallWording } from "@/lib/db/schema";
import type { ActionFormState } from "@/lib/forms/action-state";
import { directionOf, LANGUAGE_NAMES, type Locale } from "@/lib/i18n/routing";

type Field = "title" | "summary" | "statement" | "decisionMakers" | "body";
type Values = Record<Field | "language" | "campaignSlug" | "eventSlug" | "updateId", string>;

// What is translated of each kind of text (issue #12): a campaign's title, summary, statement and
// decision makers; an event's title and summary (what was said stays as the reports have it); a
// campaign update's title and body.
const SUBJECTS = {
  campaign: {
    owner: "campaignSlug",
    fields: ["title", "summary", "statement", "decisionMakers"],
    save: saveCampaignTranslationAction,
    remove: deleteCampaignTranslationAction,
    schema: campaignTranslationSchema,
  },
  event: {
    owner: "eventSlug",
    fields: ["title", "summary"],
    save: saveEventTranslationAction,
    remove: deleteEventTranslationAction,
    schema: eventTranslationSchema,
  },
  update: {
    owner: "campaignSlug",
    fields: ["title", "body"],
    save: saveUpdateTranslationAction,
    remove: deleteUpdateTranslationAction,
    schema: updateTranslationSchema,
  },
} as const;

type Props = {
  subject: keyof typeof SUBJECTS;
  /** The campaign's or event's slug. */
  slug: string;
  /** For an update: which of the campaign's updates, and its title (it names the form). */
  updateId?: string;
  updateTitle?: string;
  language: Locale;
  /** The translation as stored, or empty fields when there is none yet. */
  defaults: Partial<Record<Field, string>>;
  /** For an event: its calls as the report words them, in their language, and their stored translation. */
  calls?: { original: { target: string; action: string }[]; language: Locale; translated: CallWording[] };
  exists: boolean;
  readOnly: boolean;
};

/**
 * A campaign's or an event's texts in one other language. The fields are written in that language
 * (its `lang` and direction, whatever the page's), checked by the same zod schema as the server.
 */
export function TranslationForm({ subject, slug, updateId, updateTitle, language, defaults, calls, exists, readOnly }: Props) {
  const { owner, fields: shown, save, remove, schema } = SUBJECTS[subject];
  const prefix = updateId ? `update-${updateId}-${language}` : `translation-${language}`;
  const fields = shown.map((field): [Path<Values>, string] => [field, `${prefix}-${field}`]);
  const form = useActionForm<ActionFormState<string>, Values>({
    action: save as (state: ActionFormState<string>, data: FormData) => Promise<ActionFormState<string>>,
    schema: schema as unknown as z.ZodType<Values>,
    fields,
  });
  const { state, pending, formAction, formRef, summaryRef, register, onSubmit } = form;
  const t = useTranslations("editor");
  const show = useErrorText();
  const errorFor = (field: Path<Values>) => show(form.errorFor(field));
  const shownErrors = form.shownErrors.map(([id, message]): [string, string] => [id, show(message)]);
  const formMessage = show(form.formMessage);
  const written = { lang: language, dir: directionOf(language) } as const;

  const has = (field: Field) => (shown as readonly Field[]).includes(field);
  const area = (field: "summary" | "statement" | "decisionMakers" | "body", label: string, rows: number, hint?: string) => (
    <FormField id={`${prefix}-${field}`} label={label} hint={hint} error={errorFor(field)}>
      {(describedBy) => (
        <textarea
          id={`${prefix}-${field}`}
          rows={rows}
          defaultValue={defaults[field] ?? ""}
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
        aria-label={
          updateTitle === undefined
            ? t("translations.formLabel", { name: LANGUAGE_NAMES[language] })
            : t("translations.updates.formLabel", { name: LANGUAGE_NAMES[language], title: updateTitle })
        }
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
          <input type="hidden" defaultValue={slug} {...register(owner)} />
          <input type="hidden" defaultValue={language} {...register("language")} />
          {updateId && <input type="hidden" defaultValue={updateId} {...register("updateId")} />}
          <FormField id={`${prefix}-title`} label={t("campaignForm.labels.title")} error={errorFor("title")}>
            {(describedBy) => (
              <input
                id={`${prefix}-title`}
                type="text"
                maxLength={200}
                defaultValue={defaults.title ?? ""}
                aria-invalid={!!errorFor("title")}
                aria-describedby={describedBy}
                {...written}
                {...register("title")}
              />
            )}
          </FormField>
          {has("summary") && area("summary", t("campaignForm.labels.summary"), subject === "event" ? 6 : 3)}
          {has("body") && area("body", t("updateForm.body"), 5)}
          {calls && calls.original.length > 0 && (
            <CallWordingFields prefix={prefix} calls={calls} written={written} register={register} errorFor={errorFor} />
          )}
          {has("statement") && area("statement", t("campaignForm.labels.statement"), 10)}
          {has("decisionMakers") && area("decisionMakers", t("campaignForm.labels.decisionMakers"), 3, t("campaignForm.hints.decisionMakers"))}
          {!readOnly && (
            <button type="submit" className="button" disabled={pending}>
              {t("translations.save")}
            </button>
          )}
        </fieldset>
      </form>
      {exists && !readOnly && <DeleteTranslation owner={owner} slug={slug} updateId={updateId} language={language} action={remove} />}
    </>
  );
}

function DeleteTranslation({
  owner,
  slug,
  updateId,
  language,
  action,
}: {
  owner: string;
  slug: string;
  updateId?: string;
  language: Locale;
  action: (state: ActionFormState<"language">, data: FormData) => Promise<ActionFormState<"language">>;
}) {
  const [state, formAction, pending] = useActionState<ActionFormState<"language">, FormData>(action, { status: "idle" });
  const t = useTranslations("editor.translations");
  const show = useErrorText();
  return (
    <form action={formAction} className="translation-delete">
      <input type="hidden" name={owner} value={slug} />
      <input type="hidden" name="language" value={language} />
      {updateId && <input type="hidden" name="updateId" value={updateId} />}
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

/**
 * An event's calls in the translation's words: who is called on and to do what, each beside the
 * report's words. A call left blank keeps them; the speakers' quotes are never translated.
 */
function CallWordingFields({
  prefix,
  calls,
  written,
  register,
  errorFor,
}: {
  prefix: string;
  calls: NonNullable<Props["calls"]>;
  written: { lang: Locale; dir: "ltr" | "rtl" };
  register: ReturnType<typeof useActionForm<ActionFormState<string>, Values>>["register"];
  errorFor: (field: Path<Values>) => string | undefined;
}) {
  const t = useTranslations("events");
  const tr = useTranslations("editor.translations");
  const original = { lang: calls.language, dir: directionOf(calls.language) } as const;
  return (
    <fieldset className="form-section">
      <LegendHeading level={4}>{t("shared.callsToAction")}</LegendHeading>
      <p className="hint">{tr("callsHint")}</p>
      {calls.original.map((call, index) => {
        const id = (field: "target" | "action") => `${prefix}-calls-${index}-${field}`;
        const name = (field: "target" | "action") => `calls.${index}.${field}` as Path<Values>;
        const input = (field: "target" | "action") => (
          <FormField
            id={id(field)}
            label={t(`form.${field}`)}
            hint={tr.rich("callOriginal", { words: call[field], w: (chunks) => <bdi {...original}>{chunks}</bdi> })}
            error={errorFor(name(field))}
          >
            {(describedBy) => (
              <textarea
                id={id(field)}
                rows={field === "target" ? 1 : 2}
                defaultValue={calls.translated[index]?.[field] ?? ""}
                aria-invalid={!!errorFor(name(field))}
                aria-describedby={describedBy}
                {...written}
                {...register(name(field))}
              />
            )}
          </FormField>
        );
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the calls' order is their identity (event_calls_to_action.position)
          <fieldset key={index} className="panel form-row">
            <LegendHeading level={4}>{t("form.call", { number: index + 1 })}</LegendHeading>
            {input("target")}
            {input("action")}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
