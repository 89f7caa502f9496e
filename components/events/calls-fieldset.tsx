"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { EVENT_LIMITS, type EventFormValues } from "@/lib/events/schema";
import { CallSentence } from "./call-sentence";
import { EventField, fieldId, useFieldError } from "./event-field";
import { type HeadingLevel, LegendHeading } from "@/components/ui/legend-heading";

/** How the row will read on the event pages, following what is typed: the draft is checked as it will be shown. */
function CallPreview({ index }: { index: number }) {
  const t = useTranslations("events");
  const { control } = useFormContext<EventFormValues>();
  const call = useWatch({ control, name: `callsToAction.${index}` });
  if (!call?.target?.trim() || !call.action?.trim()) return null;
  return (
    <p className="call-preview">
      <span className="muted">{t("form.preview")}</span> <CallSentence call={{ ...call, speaker: call.speaker || null }} inline />
    </p>
  );
}

export function CallsFieldset({ level, rowLevel }: { level: HeadingLevel; rowLevel: HeadingLevel }) {
  const t = useTranslations("events");
  const { control } = useFormContext<EventFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "callsToAction" });
  const speakers = useWatch({ control, name: "speakers" }) ?? [];
  const error = useFieldError("callsToAction");
  const hintId = `${fieldId("callsToAction")}-hint`;
  return (
    <fieldset
      id={fieldId("callsToAction")}
      className="form-section"
      aria-describedby={[hintId, error && `${fieldId("callsToAction")}-error`].filter(Boolean).join(" ")}
    >
      <LegendHeading level={level}>{t("shared.callsToAction")}</LegendHeading>
      <p className="hint" id={hintId}>
        {t("form.callsHint")}
      </p>
      {error && (
        <p className="field-error" id={`${fieldId("callsToAction")}-error`}>
          {error}
        </p>
      )}
      <datalist id="event-speaker-names">
        {speakers
          .filter((speaker) => speaker?.name)
          .map((speaker, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: stateless suggestions, rebuilt on each render; two speakers may share a name
            <option key={index} value={speaker.name} />
          ))}
      </datalist>
      {fields.length === 0 && <p className="muted">{t("form.noCalls")}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="panel form-row" data-testid="call-row">
          <LegendHeading level={rowLevel}>{t("form.call", { number: index + 1 })}</LegendHeading>
          <div className="field-row">
            <EventField
              path={`callsToAction.${index}.speaker`}
              defaultValue={field.speaker}
              label={t("form.callSpeaker")}
              list="event-speaker-names"
              maxLength={EVENT_LIMITS.name}
              wide
            />
            <EventField
              path={`callsToAction.${index}.target`}
              defaultValue={field.target}
              label={t("form.target")}
              rows={2}
              fit
              maxLength={EVENT_LIMITS.target}
            />
          </div>
          <EventField
            path={`callsToAction.${index}.action`}
            defaultValue={field.action}
            label={t("form.action")}
            rows={2}
            fit
            maxLength={EVENT_LIMITS.action}
          />
          <EventField
            path={`callsToAction.${index}.quote`}
            defaultValue={field.quote}
            label={t("form.quote")}
            rows={3}
            fit
            maxLength={EVENT_LIMITS.quote}
          />
          <CallPreview index={index} />
          <button type="button" className="button button-quiet button-danger" onClick={() => remove(index)}>
            {t("form.removeCall", { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {fields.length < EVENT_LIMITS.callsToAction && (
        <button type="button" className="button button-secondary" onClick={() => append({ speaker: "", target: "", action: "", quote: "" })}>
          {t("form.addCall")}
        </button>
      )}
    </fieldset>
  );
}
