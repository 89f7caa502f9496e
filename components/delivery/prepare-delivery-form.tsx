"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";
import { prepareDeliveryAction } from "@/lib/delivery/actions";
import type { PrepareDeliveryFields } from "@/lib/delivery/schema";
import type { ActionFormState } from "@/lib/forms/action-state";

type Props = {
  campaignSlug: string;
  /** The campaign's authoritative language's name, and each translation with its name. */
  languageName: string;
  translations: { code: string; name: string }[];
};

/**
 * "Prepare the pack" (issue #14): the translations to add, then start. A plain form: without
 * JavaScript it posts and the server redirects to the section, which shows the pack's progress.
 */
export function PrepareDeliveryForm({ campaignSlug, languageName, translations }: Props) {
  const [state, formAction, pending] = useActionState<ActionFormState<PrepareDeliveryFields>, FormData>(prepareDeliveryAction, { status: "idle" });
  const t = useTranslations("delivery.organizer");
  const text = useErrorText();
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
  }, [state]);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const fieldError = errors.translations;
  return (
    <form action={formAction} className="stack" data-testid="prepare-delivery">
      {state.status === "error" && (
        <ErrorSummary
          id="prepare-delivery-errors"
          ref={summaryRef}
          message={errors.form ?? null}
          errors={fieldError ? [["translations", fieldError]] : []}
        />
      )}
      <input type="hidden" name="campaignSlug" value={campaignSlug} />
      <p>{t("authoritative", { language: languageName })}</p>
      {translations.length > 0 ? (
        <fieldset id="translations" className="field" aria-describedby={`translations-hint${fieldError ? " translations-error" : ""}`}>
          <legend>{t("translationsLegend")}</legend>
          <p className="hint" id="translations-hint">
            {t("translationsHint")}
          </p>
          {fieldError && (
            <p className="field-error" id="translations-error">
              {text(fieldError)}
            </p>
          )}
          {translations.map((translation) => (
            <div key={translation.code} className="checkbox">
              <input id={`translation-${translation.code}`} type="checkbox" name={`translation-${translation.code}`} defaultChecked />
              <label htmlFor={`translation-${translation.code}`}>{translation.name}</label>
            </div>
          ))}
        </fieldset>
      ) : (
        <p className="muted">{t("noTranslations", { language: languageName })}</p>
      )}
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("starting") : t("start")}
        </button>
      </div>
    </form>
  );
}
