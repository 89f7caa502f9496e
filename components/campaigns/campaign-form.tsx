"use client";

import { useMemo, useState } from "react";
import type { Path } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { type CampaignFormState, createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import type { CampaignFormDefaults } from "@/lib/campaigns/form-defaults";
import { buildCreateCampaignSchema, buildEditCampaignSchema, CAMPAIGN_KINDS, type CampaignFormValues } from "@/lib/campaigns/schema";
import { SignerFieldsFieldset } from "./signer-fields";

type Props = {
  defaults: CampaignFormDefaults;
  /** "create": a new draft, maybe built on an event; "edit": the settings of `campaignSlug`. */
  mode: { kind: "create"; eventSlug: string | null } | { kind: "edit"; campaignSlug: string; keepClosesAt: string | null; draft: boolean };
  /** Viewers see the settings but cannot change them. */
  readOnly?: boolean;
};

const FIELDS: [Path<CampaignFormValues>, string][] = [
  ["title", "campaign-title"],
  ["slug", "campaign-slug"],
  ["kind", "campaign-kind-petition"],
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
];

// Publishing needs a summary, a statement and a decision maker (lib/campaigns/lifecycle.ts). A
// draft may leave them empty, so there they say so; a published campaign may not, so there they
// are required like the title.
const PUBLISH_NEEDS = {
  draft: {
    summary: "Summary (required to publish)",
    statement: "Statement (required to publish)",
    decisionMakers: "Decision makers (required to publish)",
  },
  published: { summary: "Summary", statement: "Statement", decisionMakers: "Decision makers" },
} as const;

/** The campaign's settings, to create a draft or to edit one; the same zod schema as the server. */
export function CampaignForm({ defaults, mode, readOnly = false }: Props) {
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
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = form;
  // Without JavaScript the page comes back with what was sent; with it, the inputs keep their values.
  const sent = state.status === "error" ? state.values : null;
  const initial: Record<string, string> = { ...(defaults as unknown as Record<string, string>), ...sent };
  const namesPublic = sent ? sent.listNamesPublicly === "on" : defaults.listNamesPublicly;
  const [kind, setKind] = useState(initial.kind);
  const locked = mode.kind === "edit" && !mode.draft;
  // "Your changes are saved." describes the campaign as that save left it. A later change on the
  // same page (Publish, Close, an update posted) gives the campaign a new version, and the message
  // goes with it: it would otherwise sit on the page after the status had moved on (issue #11).
  const saved = state.status === "done" && "version" in state && state.version === defaults.version ? state.message : null;
  const labels = PUBLISH_NEEDS[locked ? "published" : "draft"];
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
          <textarea id={id} rows={rows} defaultValue={initial[field]} aria-invalid={!!error} aria-describedby={describedBy} {...register(field)} />
        )}
      </FormField>
    );
  };
  const kindError = errorFor("kind");

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={mode.kind === "create" ? "New campaign" : "Campaign settings"}>
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="campaign-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      {saved && (
        <p className="notice" role="status" data-testid="campaign-saved">
          {saved}
        </p>
      )}
      {!readOnly && !locked && (
        <p className="muted">Every field is needed unless it says it is optional; those marked “required to publish” may stay empty in a draft.</p>
      )}
      <fieldset disabled={readOnly}>
        {mode.kind === "create" && mode.eventSlug && <input type="hidden" defaultValue={mode.eventSlug} {...register("eventSlug")} />}
        {mode.kind === "edit" && <input type="hidden" defaultValue={mode.campaignSlug} {...register("campaignSlug")} />}
        {text("title", "Title", undefined, { maxLength: 200 })}
        {text(
          "slug",
          "Slug",
          locked
            ? "The campaign's address, /campaigns/…. It can change only while the campaign is a draft."
            : "The campaign's address, /campaigns/…: 3 to 80 lower-case letters a–z, digits and hyphens.",
          { readOnly: locked, spellCheck: false, autoCapitalize: "none", maxLength: 80 },
        )}
        <fieldset className={kindError ? "field field-invalid" : "field"} aria-describedby={kindError ? "campaign-kind-error" : undefined}>
          <legend>Kind</legend>
          {locked && <span className="hint">The kind can change only while the campaign is a draft.</span>}
          {kindError && (
            <span className="field-error" id="campaign-kind-error">
              <span className="visually-hidden">Error: </span>
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
              <label htmlFor={`campaign-kind-${value}`}>{CAMPAIGN_KINDS[value]}</label>
            </div>
          ))}
        </fieldset>
        {area("summary", labels.summary, 3, "One or two sentences, shown under the title and in lists.")}
        {area("statement", labels.statement, 10, "The text people sign.")}
        {area("decisionMakers", labels.decisionMakers, 4, "Who the campaign is addressed to, one per line.")}
        {text("goal", "Goal", "How many signatures you aim for, e.g. 10000.", { inputMode: "numeric", autoComplete: "off" })}
        {text("opensAt", "Opening date", "Optional. In UTC. Signing starts then; empty means as soon as it is published.", {
          type: "datetime-local",
        })}
        {text("closesAt", "Closing date", "Optional. In UTC. Signing stops then and the campaign closes by itself.", { type: "datetime-local" })}
        <SignerFieldsFieldset register={register} defaults={initial} kind={kind} errorFor={errorFor} />
        <div className="checkbox">
          <input id="campaign-listNamesPublicly" type="checkbox" defaultChecked={namesPublic} {...register("listNamesPublicly")} />
          <label htmlFor="campaign-listNamesPublicly">List signers&apos; names publicly (only those who agree to be listed)</label>
        </div>
        {text("featuredImageUrl", "Featured image URL", "Optional. An image address starting with https://.", {
          inputMode: "url",
          spellCheck: false,
          autoCapitalize: "none",
          maxLength: 2000,
        })}
        {text("featuredImageAlt", "Image description", "Required with an image: what it shows, for people who cannot see it.", { maxLength: 300 })}
        {text(
          "milestones",
          "Milestones after the goal",
          "Optional. Whole numbers above the goal, ascending, separated by commas, e.g. 15000, 25000. Past the last one, the target doubles.",
          { inputMode: "numeric", autoComplete: "off" },
        )}
        {!readOnly && (
          <button type="submit" className="button" disabled={pending}>
            {mode.kind === "create" ? "Create draft" : "Save changes"}
          </button>
        )}
      </fieldset>
    </form>
  );
}
