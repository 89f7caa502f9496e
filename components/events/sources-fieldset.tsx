"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { EVENT_LIMITS, emptySource, type EventFormValues } from "@/lib/events/schema";
import { EventField, fieldId, useFieldError } from "./event-field";
import { type HeadingLevel, LegendHeading } from "@/components/ui/legend-heading";

export function SourcesFieldset({ level, rowLevel }: { level: HeadingLevel; rowLevel: HeadingLevel }) {
  const t = useTranslations("events");
  const { control } = useFormContext<EventFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "sources" });
  const error = useFieldError("sources");
  const hintId = `${fieldId("sources")}-hint`;
  return (
    <fieldset
      id={fieldId("sources")}
      className="form-section"
      aria-describedby={[hintId, error && `${fieldId("sources")}-error`].filter(Boolean).join(" ")}
    >
      <LegendHeading level={level}>{t("form.sources")}</LegendHeading>
      <p className="hint" id={hintId}>
        {t("form.sourcesHint")}
      </p>
      {error && (
        <p className="field-error" id={`${fieldId("sources")}-error`}>
          {error}
        </p>
      )}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="panel form-row" data-testid="source-row">
          <LegendHeading level={rowLevel}>{t("form.source", { number: index + 1 })}</LegendHeading>
          <EventField
            path={`sources.${index}.title`}
            defaultValue={field.title}
            label={t("form.sourceTitle")}
            maxLength={EVENT_LIMITS.sourceTitle}
            wide
          />
          <div className="field-row">
            <EventField path={`sources.${index}.publishedOn`} defaultValue={field.publishedOn} label={t("form.publishedOn")} type="date" />
            <EventField
              path={`sources.${index}.publisher`}
              defaultValue={field.publisher}
              label={t("form.publisher")}
              maxLength={EVENT_LIMITS.publisher}
              wide
            />
          </div>
          <EventField
            path={`sources.${index}.url`}
            defaultValue={field.url}
            label={t("form.url")}
            hint={t("form.urlHint")}
            type="url"
            maxLength={EVENT_LIMITS.url}
            wide
          />
          <EventField path={`sources.${index}.text`} defaultValue={field.text} label={t("form.text")} rows={8} maxLength={EVENT_LIMITS.sourceText} />
          <EventField
            path={`sources.${index}.note`}
            defaultValue={field.note}
            label={t("form.note")}
            hint={t("form.noteHint")}
            rows={2}
            fit
            maxLength={EVENT_LIMITS.note}
          />
          <button type="button" className="button button-quiet button-danger" onClick={() => remove(index)}>
            {t("form.removeSource", { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {fields.length < EVENT_LIMITS.sources && (
        <button type="button" className="button button-secondary" onClick={() => append(emptySource())}>
          {t("form.addSource")}
        </button>
      )}
    </fieldset>
  );
}
