"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { EVENT_LIMITS, type EventFormValues } from "@/lib/events/schema";
import { EventField, fieldId, useFieldError } from "./event-field";

export function SpeakersFieldset() {
  const { control } = useFormContext<EventFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "speakers" });
  const error = useFieldError("speakers");
  return (
    <fieldset id={fieldId("speakers")} aria-describedby={error ? `${fieldId("speakers")}-error` : undefined}>
      <legend>Speakers</legend>
      {error && (
        <p className="field-error" id={`${fieldId("speakers")}-error`}>
          {error}
        </p>
      )}
      {fields.length === 0 && <p className="muted">No speakers yet.</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="panel" data-testid="speaker-row">
          <legend>Speaker {index + 1}</legend>
          <EventField path={`speakers.${index}.name`} defaultValue={field.name} label="Name" maxLength={EVENT_LIMITS.name} />
          <EventField
            path={`speakers.${index}.role`}
            defaultValue={field.role}
            label="Role"
            hint="As the sources describe it."
            maxLength={EVENT_LIMITS.role}
          />
          <button type="button" className="button button-warning" onClick={() => remove(index)}>
            Remove speaker {index + 1}
          </button>
        </fieldset>
      ))}
      {fields.length < EVENT_LIMITS.speakers && (
        <button type="button" className="button" onClick={() => append({ name: "", role: "" })}>
          Add a speaker
        </button>
      )}
    </fieldset>
  );
}
