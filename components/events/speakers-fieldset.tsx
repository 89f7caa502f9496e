"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { EVENT_LIMITS, type EventFormValues } from "@/lib/events/schema";
import { EventField, fieldId, useFieldError } from "./event-field";
import { type HeadingLevel, LegendHeading } from "./legend-heading";

export function SpeakersFieldset({ level, rowLevel }: { level: HeadingLevel; rowLevel: HeadingLevel }) {
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
      <LegendHeading level={level}>Speakers</LegendHeading>
      <p className="hint" id={hintId}>
        Each speaker&apos;s name, and their role as the sources describe it.
      </p>
      {error && (
        <p className="field-error" id={`${fieldId("speakers")}-error`}>
          {error}
        </p>
      )}
      {fields.length === 0 && <p className="muted">No speakers yet.</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="panel form-row" data-testid="speaker-row">
          <LegendHeading level={rowLevel}>Speaker {index + 1}</LegendHeading>
          <div className="field-row">
            <EventField path={`speakers.${index}.name`} defaultValue={field.name} label="Name" maxLength={EVENT_LIMITS.name} wide />
            <EventField path={`speakers.${index}.role`} defaultValue={field.role} label="Role" rows={2} fit maxLength={EVENT_LIMITS.role} />
          </div>
          <button type="button" className="button button-quiet button-danger" onClick={() => remove(index)}>
            Remove speaker {index + 1}
          </button>
        </fieldset>
      ))}
      {fields.length < EVENT_LIMITS.speakers && (
        <button type="button" className="button button-secondary" onClick={() => append({ name: "", role: "" })}>
          Add a speaker
        </button>
      )}
    </fieldset>
  );
}
