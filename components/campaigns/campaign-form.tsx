"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { Path } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { LanguageOptions } from "@/components/i18n/language-options";
import { FormField } from "@/components/ui/form-field";
import { type CampaignFormState, createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import type { CampaignFormDefaults } from "@/lib/campaigns/form-defaults";
import { buildCreateCampaignSchema, buildEditCampaignSchema, CAMPAIGN_KINDS, type CampaignFormValues } from "@/lib/campaigns/schema";
import { useErrorText } from "@/components/forms/error-text";
import { SignerFieldsFieldset } from "./signer-fields";
import { RetentionFieldset, type RetentionState } from "./retention-fields";
import { ProofOfWorkFieldset, type ProofOfWorkState } from "./proof-of-work-fields";

type Props = {
  defaults: CampaignFormDefaults;
  /** "create": a new draft, maybe built on an event; "edit": the settings of `campaignSlug`. */
  mode: { kind: "create"; eventSlug: string | null } | { kind: "edit"; campaignSlug: string; keepClosesAt: string | null; draft: boolean };
  /** Viewers see the settings but cannot change them. */
  readOnly?: boolean;
  /** The stored campaign's retention of signers' data (edit only). */
  retention?: RetentionState;
  /** The stored campaign's proof of work (edit only). */
  proofOfWork?: ProofOfWorkState;
};

const FIELDS: [Path<CampaignFormValues>, string][] = [
  ["title", "campaign-title"],
  ["slug", "campaign-slug"],
  ["kind", "campaign-kind-petition"],
  ["language", "campaign-language"],
  ["summary", "campaign-summary"],
  ["statement", "campaign-statement"],
  ["decisionMakers", "campaign-decisionMakers"],
  ["goal", "campaign-goal"],
  ["opensAt", "campaign-opensAt"],
  ["closesAt", "campaign-closesAt"],
  ["signerCountry", "campaign-signerCountry"],
  ["signerCity", "campaign-signerCity"],
  ["signerPostcode", "campaign-signerPostcode"],
  ["signerOffice", "campaign-signerOffice"],
  ["signerMunicipality", "campaign-signerMunicipality"],
  ["featuredImageUrl", "campaign-featuredImageUrl"],
  ["featuredImageAlt", "campaign-featuredImageAlt"],
  ["milestones", "campaign-milestones"],
  ["retentionMonths", "campaign-retentionMonths"],
  ["keepPublicList", "campaign-keepPublicList-erase"],
  ["proofOfWork", "campaign-proofOfWork-off"],
];

// Publishing needs a summary, a statement and a decision maker (lib/campaigns/lifecycle.ts). A
// draft may leave them empty, so there they say so ("campaignForm.draftLabels"); a published
// campaign may not, so there they are required like the title ("campaignForm.labels").

/** The campaign's settings, to create a draft or to edit one; the same zod schema as the server. */
export function CampaignForm({ defaults, mode, readOnly = false, retention, proofOfWork }: Props) {
  const keepClosesAt = mode.kind === "edit" ? mode.keepClosesAt : null;
  const schema = useMemo(
    () =>
      (mode.kind === "create"
        ? buildCreateCampaignSchema()
        : buildEditCampaignSchema({ keepClosesAt: keepClosesAt ? new Date(keepClosesAt) : null })) as unknown as z.ZodType<CampaignFormValues>,
    [mode.kind, keepClosesAt],
  );
  const form = useActionForm<CampaignFormState, CampaignFormValues>({
    action: mode.kind === "create" ? createCampaignAction : updateCampaignAction,
    schema,
    fields: FIELDS,
  });
  const { state, pending, formAction, formRef, summaryRef, register, onSubmit } = form;
  const t = useTranslations("editor.campaignForm");
  // Errors and results travel as catalog keys: shown in the reader's language.
  const show = useErrorText();
  const errorFor = (field: Path<CampaignFormValues>) => show(form.errorFor(field));
  const shownErrors = form.shownErrors.map(([id, message]): [string, string] => [id, show(message)]);
  const formMessage = show(form.formMessage);
  // Without JavaScript the page comes back with what was sent; with it, the inputs keep their values.
  const sent = state.status === "error" ? state.values : null;
  const initial: Record<string, string> = { ...(defaults as unknown as Record<string, string>), ...sent };
  const namesPublic = sent ? sent.listNamesPublicly === "on" : defaults.listNamesPublicly;
  const [kind, setKind] = useState(initial.kind);
  const locked = mode.kind === "edit" && !mode.draft;
  // "Your changes are saved." describes the campaign as that save left it. A later change on the
  // same page (Publish, Close, an update posted) gives the campaign a new version, and the message
  // goes with it: it would otherwise sit on the page after the status had moved on (issue #11).
  const saved = state.status === "done" && "version" in state && state.version === defaults.version ? show(state.message) : null;
  const labelOf = (field: "summary" | "statement" | "decisionMakers") => t(locked ? `labels.${field}` : `draftLabels.${field}`);
  const kindField = register("kind");
  // Choosing a kind also updates the signer fields that kind makes compulsory.
  const kindInput: typeof kindField = {
    ...kindField,
    onChange: (event) => {
      setKind(event.target.value);
      return kindField.onChange(event);
    },
  };

  const text = (field: Path<CampaignFormValues>, label: string, hint?: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const id = `campaign-${field}`;
    const error = errorFor(field);
    return (
      <FormField id={id} label={label} hint={hint} error={error}>
        {(describedBy) => (
          <input
            id={id}
            type="text"
            defaultValue={initial[field]}
            aria-invalid={!!error}
            aria-describedby={describedBy}
            {...extra}
            {...register(field)}
          />
        )}
      </FormField>
    );
  };
  const area = (field: Path<CampaignFormValues>, label: string, rows: number, hint?: string) => {
    const id = `campaign-${field}`;
    const error = errorFor(field);
    return (
      <FormField id={id} label={label} hint={hint} error={error}>
        {(describedBy) => (
          <textarea
            id={id}
            rows={rows}
            dir="auto"
            defaultValue={initial[field]}
            aria-invalid={!!error}
            aria-describedby={describedBy}
            {...register(field)}
          />
        )}
      </FormField>
    );
  };
  const kindError = errorFor("kind");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={mode.kind === "create" ? t("newLabel") : t("settingsLabel")}>
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="campaign-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      {saved && (
        <p className="notice" role="status" data-testid="campaign-saved">
          {saved}
        </p>
      )}
      {!readOnly && !locked && <p className="muted">{t("intro")}</p>}
      <fieldset disabled={readOnly}>
        {mode.kind === "create" && mode.eventSlug && <input type="hidden" defaultValue={mode.eventSlug} {...register("eventSlug")} />}
        {mode.kind === "edit" && <input type="hidden" defaultValue={mode.campaignSlug} {...register("campaignSlug")} />}
        {text("title", t("labels.title"), undefined, { maxLength: 200, dir: "auto" })}
        {text("slug", t("labels.slug"), locked ? t("hints.slugLocked") : t("hints.slug", { min: 3, max: 80 }), {
          readOnly: locked,
          spellCheck: false,
          autoCapitalize: "none",
          maxLength: 80,
          dir: "ltr",
        })}
        <fieldset className={kindError ? "field field-invalid" : "field"} aria-describedby={kindError ? "campaign-kind-error" : undefined}>
          <legend>{t("labels.kind")}</legend>
          {locked && <span className="hint">{t("hints.kindLocked")}</span>}
          {kindError && (
            <span className="field-error" id="campaign-kind-error">
              <span className="visually-hidden">{t("errorPrefix")} </span>
              {kindError}
            </span>
          )}
          {locked && <input type="hidden" defaultValue={initial.kind} {...register("kind")} />}
          {(Object.keys(CAMPAIGN_KINDS) as (keyof typeof CAMPAIGN_KINDS)[]).map((value) => (
            <div className="checkbox" key={value}>
              <input
                id={`campaign-kind-${value}`}
                type="radio"
                value={value}
                defaultChecked={initial.kind === value}
                disabled={locked}
                {...(locked ? { name: "kind-shown" } : kindInput)}
              />
              <label htmlFor={`campaign-kind-${value}`}>{t(`kinds.${value}`)}</label>
            </div>
          ))}
        </fieldset>
        <FormField id="campaign-language" label={t("labels.language")} hint={t("hints.language")} error={errorFor("language")}>
          {(describedBy) => (
            <select
              id="campaign-language"
              defaultValue={initial.language}
              aria-invalid={!!errorFor("language")}
              aria-describedby={describedBy}
              {...register("language")}
            >
              <LanguageOptions />
            </select>
          )}
        </FormField>
        {area("summary", labelOf("summary"), 3, t("hints.summary"))}
        {area("statement", labelOf("statement"), 10, t("hints.statement"))}
        {area("decisionMakers", labelOf("decisionMakers"), 4, t("hints.decisionMakers"))}
        {text("goal", t("labels.goal"), t("hints.goal", { example: "10000" }), { inputMode: "numeric", autoComplete: "off", dir: "ltr" })}
        {text("opensAt", t("labels.opensAt"), t("hints.opensAt"), { type: "datetime-local", dir: "ltr" })}
        {text("closesAt", t("labels.closesAt"), t("hints.closesAt"), { type: "datetime-local", dir: "ltr" })}
        <SignerFieldsFieldset register={register} defaults={initial} kind={kind} errorFor={errorFor} />
        <div className="checkbox">
          <input id="campaign-listNamesPublicly" type="checkbox" defaultChecked={namesPublic} {...register("listNamesPublicly")} />
          <label htmlFor="campaign-listNamesPublicly">{t("labels.listNamesPublicly")}</label>
        </div>
        <RetentionFieldset register={register} defaults={initial} kind={kind} errorFor={errorFor} retention={retention} />
        <ProofOfWorkFieldset register={register} defaults={initial} errorFor={errorFor} proofOfWork={proofOfWork} />
        {text("featuredImageUrl", t("labels.featuredImageUrl"), t("hints.featuredImageUrl"), {
          dir: "ltr",
          inputMode: "url",
          spellCheck: false,
          autoCapitalize: "none",
          maxLength: 2000,
        })}
        {text("featuredImageAlt", t("labels.featuredImageAlt"), t("hints.featuredImageAlt"), { maxLength: 300, dir: "auto" })}
        {text("milestones", t("labels.milestones"), t("hints.milestones", { example: "15000, 25000" }), {
          inputMode: "numeric",
          autoComplete: "off",
          dir: "ltr",
        })}
        {!readOnly && (
          <button type="submit" className="button" disabled={pending}>
            {mode.kind === "create" ? t("create") : t("save")}
          </button>
        )}
      </fieldset>
    </form>
  );
}
