"use client";

import type { UseFormRegister } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import type { CampaignFormValues } from "@/lib/campaigns/schema";
import { RETENTION_MONTHS } from "@/lib/campaigns/retention";
import { formatterFor } from "@/lib/i18n/format";

/** What the settings page knows of the stored campaign's retention; absent for a new campaign. */
export type RetentionState = {
  /** When signers' data will be (or was) erased, ISO; null while the campaign has not closed. */
  erasureDate: string | null;
  erased: boolean;
  /** Owners and admins, until the data is erased (issue #13). */
  editable: boolean;
};

type Props = {
  register: UseFormRegister<CampaignFormValues>;
  defaults: Record<string, string>;
  kind: string;
  errorFor: (field: keyof CampaignFormValues) => string | undefined;
  retention?: RetentionState;
};

/**
 * How long signers' personal data is kept after the campaign closes, and whether a declaration keeps
 * its public list (lib/privacy/anonymisation.ts), with the date it comes to once the campaign has
 * closed. Inputs shown to someone who may not change them are disabled, so they are not sent and
 * the stored values stay (lib/campaigns/schema.ts).
 */
export function RetentionFieldset({ register, defaults, kind, errorFor, retention }: Props) {
  const t = useTranslations("editor.campaignForm.retention");
  const format = formatterFor(useLocale());
  const editable = retention?.editable ?? true;
  const months = Number(defaults.retentionMonths);
  const sentence = retention?.erasureDate
    ? t(retention.erased ? "erased" : "whenClosed", { date: format.date(retention.erasureDate, "long") })
    : t("whenOpen", { months });
  const monthsError = errorFor("retentionMonths");
  const keepError = errorFor("keepPublicList");
  return (
    <fieldset className="field" data-testid="retention-fields">
      <legend>{t("legend")}</legend>
      <p data-testid="retention-sentence">{sentence}</p>
      {!editable && !retention?.erased && <p className="hint">{t("ownersOnly")}</p>}
      <FormField
        id="campaign-retentionMonths"
        label={t("months")}
        hint={t("monthsHint", { min: RETENTION_MONTHS.min, max: RETENTION_MONTHS.max })}
        error={monthsError}
      >
        {(describedBy) => (
          <input
            id="campaign-retentionMonths"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            dir="ltr"
            maxLength={2}
            defaultValue={defaults.retentionMonths}
            disabled={!editable}
            aria-invalid={!!monthsError}
            aria-describedby={describedBy}
            {...register("retentionMonths")}
          />
        )}
      </FormField>
      {kind === "declaration" && (
        <fieldset className={keepError ? "field field-invalid" : "field"} aria-describedby={keepError ? "campaign-keepPublicList-error" : undefined}>
          <legend>{t("keepLegend")}</legend>
          {keepError && (
            <span className="field-error" id="campaign-keepPublicList-error">
              {keepError}
            </span>
          )}
          {(["erase", "keep"] as const).map((value) => (
            <div className="checkbox" key={value}>
              <input
                id={`campaign-keepPublicList-${value}`}
                type="radio"
                value={value}
                defaultChecked={defaults.keepPublicList === value}
                disabled={!editable}
                {...register("keepPublicList")}
              />
              <label htmlFor={`campaign-keepPublicList-${value}`}>{t(value)}</label>
            </div>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
