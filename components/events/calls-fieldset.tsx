"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { EVENT_LIMITS, type EventFormValues } from "@/lib/events/schema";
import { EventField, fieldId, useFieldError } from "./event-field";

export function CallsFieldset() {
  const { control } = useFormContext<EventFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "callsToAction" });
  const speakers = useWatch({ control, name: "speakers" }) ?? [];
  const error = useFieldError("callsToAction");
  return (
    <fieldset id={fieldId("callsToAction")} aria-describedby={error ? `${fieldId("callsToAction")}-error` : undefined}>
      <legend>Calls to action</legend>
      <p className="hint">Each call a speaker made: who is called on, to do what, and the sentence that says so.</p>
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
      {fields.length === 0 && <p className="muted">No calls to action yet.</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="panel" data-testid="call-row">
          <legend>Call to action {index + 1}</legend>
          <EventField
            path={`callsToAction.${index}.speaker`}
            defaultValue={field.speaker}
            label="Speaker (optional)"
            hint="Leave empty when the report names no one."
            list="event-speaker-names"
            maxLength={EVENT_LIMITS.name}
          />
          <EventField path={`callsToAction.${index}.target`} defaultValue={field.target} label="Who is called on" maxLength={EVENT_LIMITS.target} />
          <EventField path={`callsToAction.${index}.action`} defaultValue={field.action} label="To do what" maxLength={EVENT_LIMITS.action} />
          <EventField
            path={`callsToAction.${index}.quote`}
            defaultValue={field.quote}
            label="The sentence that makes the call"
            rows={3}
            maxLength={EVENT_LIMITS.quote}
          />
          <button type="button" className="button button-warning" onClick={() => remove(index)}>
            Remove call to action {index + 1}
          </button>
        </fieldset>
      ))}
      {fields.length < EVENT_LIMITS.callsToAction && (
        <button type="button" className="button" onClick={() => append({ speaker: "", target: "", action: "", quote: "" })}>
          Add a call to action
        </button>
      )}
    </fieldset>
  );
}
