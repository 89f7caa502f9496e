"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { EVENT_LIMITS, type EventFormValues } from "@/lib/events/schema";
import { EventField, fieldId, useFieldError } from "./event-field";
import { type HeadingLevel, LegendHeading } from "@/components/ui/legend-heading";

export function SpeakersFieldset({ level, rowLevel }: { level: HeadingLevel; rowLevel: HeadingLevel }) {
  const t = useTranslations("events");
  const { control } = useFormContext<EventFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "speakers" });
  const error = useFieldError("speakers");
  const hintId = `${fieldId("speakers")}-hint`;
  return (
    <fieldset
      id={fieldId("speakers")}
      className="form-section"
      aria-describedby={[hintId, error && `${fieldId("speakers")}-error`].filter(Boolean).join(" ")}
    >
      <LegendHeading level={level}>{t("shared.speakers")}</LegendHeading>
      <p className="hint" id={hintId}>
        {t("form.speakersHint")}
      </p>
      {error && (
        <p className="field-error" id={`${fieldId("speakers")}-error`}>
          {error}
        </p>
      )}
      {fields.length === 0 && <p className="muted">{t("form.noSpeakers")}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="panel form-row" data-testid="speaker-row">
          <LegendHeading level={rowLevel}>{t("form.speaker", { number: index + 1 })}</LegendHeading>
          <div className="field-row">
            <EventField path={`speakers.${index}.name`} defaultValue={field.name} label={t("form.name")} maxLength={EVENT_LIMITS.name} wide />
            <EventField path={`speakers.${index}.role`} defaultValue={field.role} label={t("form.role")} rows={2} fit maxLength={EVENT_LIMITS.role} />
          </div>
          <button type="button" className="button button-quiet button-danger" onClick={() => remove(index)}>
            {t("form.removeSpeaker", { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {fields.length < EVENT_LIMITS.speakers && (
        <button type="button" className="button button-secondary" onClick={() => append({ name: "", role: "" })}>
          {t("form.addSpeaker")}
        </button>
      )}
    </fieldset>
  );
}
