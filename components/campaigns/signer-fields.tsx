"use client";

import type { UseFormRegister } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { SignerFields } from "@/lib/db/schema";
import { signerFieldInput, SIGNER_FIELDS, SIGNER_FIELD_RULES, type CampaignFormValues } from "@/lib/campaigns/schema";

const FORCED_BY_DECLARATION: (keyof SignerFields)[] = ["office", "municipality"];

type Props = {
  register: UseFormRegister<CampaignFormValues>;
  defaults: Record<string, string>;
  kind: string;
  errorFor: (field: keyof CampaignFormValues) => string | undefined;
};

/** Which details signers give, each required, optional or not asked. A declaration always asks office and municipality. */
export function SignerFieldsFieldset({ register, defaults, kind, errorFor }: Props) {
  // Each field's name and each rule's label are in the catalog (signing.signerFields), keyed as in SIGNER_FIELDS.
  const t = useTranslations("signing.signerFields");
  return (
    <fieldset className="field">
      <legend>{t("legend")}</legend>
      <span className="hint">{t("hint")}</span>
      {(Object.keys(SIGNER_FIELDS) as (keyof SignerFields)[]).map((field) => {
        const name = signerFieldInput(field);
        const id = `campaign-${name}`;
        const forced = kind === "declaration" && FORCED_BY_DECLARATION.includes(field);
        const error = errorFor(name);
        return (
          <div key={field} className={error ? "field field-invalid" : "field"}>
            {forced && (
              <p data-testid={`${id}-forced`}>{t.rich("forced", { field: t(`fields.${field}`), strong: (chunks) => <strong>{chunks}</strong> })}</p>
            )}
            {/* Kept in the form when forced (hidden), so switching back to a petition restores the choice;
                the server makes office and municipality required on a declaration whatever is sent. */}
            <div hidden={forced}>
              <label htmlFor={id}>{t(`fields.${field}`)}</label>
              {error && (
                <span className="field-error" id={`${id}-error`}>
                  <span className="visually-hidden">{t("errorPrefix")}</span>
                  {error}
                </span>
              )}
              <select
                id={id}
                defaultValue={defaults[name]}
                aria-invalid={!!error}
                aria-describedby={error ? `${id}-error` : undefined}
                {...register(name)}
              >
                {SIGNER_FIELD_RULES.map((rule) => (
                  <option key={rule} value={rule}>
                    {t(`rules.${rule}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
