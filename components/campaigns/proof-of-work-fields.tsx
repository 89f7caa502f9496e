"use client";

import type { UseFormRegister } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { CampaignFormValues } from "@/lib/campaigns/schema";
import { PROOF_OF_WORK_MODES } from "@/lib/proof-of-work/schema";
import { formatterFor } from "@/lib/i18n/format";

/** What the settings page knows of the stored campaign's proof of work; absent for a new campaign. */
export type ProofOfWorkState = {
  /** In "automatic" mode, until when a surge switched it on (ISO), if that is still ahead. */
  activeUntil: string | null;
  /** Owners and admins (issue #13). */
  editable: boolean;
};

type Props = {
  register: UseFormRegister<CampaignFormValues>;
  defaults: Record<string, string>;
  errorFor: (field: keyof CampaignFormValues) => string | undefined;
  proofOfWork?: ProofOfWorkState;
};

/**
 * Whether signing asks the signer's browser for a proof of work (lib/proof-of-work): off, on, or
 * automatic during a surge. Inputs shown to someone who may not change them are disabled, so they
 * are not sent and the stored value stays (lib/campaigns/schema.ts).
 */
export function ProofOfWorkFieldset({ register, defaults, errorFor, proofOfWork }: Props) {
  const t = useTranslations("editor.campaignForm.proofOfWork");
  const format = formatterFor(useLocale());
  const editable = proofOfWork?.editable ?? true;
  const error = errorFor("proofOfWork");
  const describedBy = ["campaign-proofOfWork-hint", error && "campaign-proofOfWork-error"].filter(Boolean).join(" ");
  return (
    <fieldset className={error ? "field field-invalid" : "field"} aria-describedby={describedBy} data-testid="proof-of-work-fields">
      <legend>{t("legend")}</legend>
      <p className="hint" id="campaign-proofOfWork-hint">
        {t("hint")}
      </p>
      {error && (
        <span className="field-error" id="campaign-proofOfWork-error">
          {error}
        </span>
      )}
      {!editable && <p className="hint">{t("ownersOnly")}</p>}
      {PROOF_OF_WORK_MODES.map((mode) => (
        <div className="checkbox" key={mode}>
          <input
            id={`campaign-proofOfWork-${mode}`}
            type="radio"
            value={mode}
            defaultChecked={defaults.proofOfWork === mode}
            disabled={!editable}
            {...register("proofOfWork")}
          />
          <label htmlFor={`campaign-proofOfWork-${mode}`}>{t(`modes.${mode}`)}</label>
        </div>
      ))}
      {proofOfWork?.activeUntil && defaults.proofOfWork === "automatic" && (
        <p className="notice" data-testid="proof-of-work-active">
          {t("activeUntil", { time: format.dateTime(new Date(proofOfWork.activeUntil)) })}
        </p>
      )}
    </fieldset>
  );
}
