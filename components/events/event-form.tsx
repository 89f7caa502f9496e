"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useEffectEvent, useRef } from "react";
import { FormProvider, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { EventFormState } from "@/lib/events/actions";
import { translateMessage } from "@/lib/i18n/message-key";
import { EVENT_LIMITS, eventSchema, type EventFormValues } from "@/lib/events/schema";
import { CallsFieldset } from "./calls-fieldset";
import { EventField, ServerErrorsContext, fieldId } from "./event-field";
import { below, type HeadingLevel, LegendHeading } from "@/components/ui/legend-heading";
import { SourcesFieldset } from "./sources-fieldset";
import { SpeakersFieldset } from "./speakers-fieldset";

// The event form, for a new event, an imported draft or an edit. The same zod schema checks it
// here and again in the server action; the lists of speakers, sources and calls grow and shrink
// with useFieldArray. Without JavaScript the form still posts its rows and shows the server's errors.

type Props = {
  action: (state: EventFormState, data: FormData) => Promise<EventFormState>;
  defaultValues: EventFormValues;
  label: string;
  /** The level of the form's section headings: 2 under the page's h1, 3 under the import's "Check the draft". */
  headingLevel?: HeadingLevel;
};

/** Every message in react-hook-form's nested errors, with the dotted path of its field. */
function flattenErrors(errors: FieldErrors | undefined, prefix = ""): [string, string][] {
  if (!errors || typeof errors !== "object") return [];
  const found: [string, string][] = [];
  const own = errors as { message?: unknown; root?: { message?: unknown } };
  if (prefix && typeof own.message === "string") found.push([prefix, own.message]);
  if (prefix && typeof own.root?.message === "string") found.push([prefix, own.root.message]);
  for (const [key, value] of Object.entries(errors)) {
    if (["message", "type", "ref", "types", "root"].includes(key) || !value) continue;
    found.push(...flattenErrors(value as FieldErrors, prefix ? `${prefix}.${key}` : key));
  }
  return found;
}

export function EventForm({ action, defaultValues, label, headingLevel = 2 }: Props) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const form = useForm<EventFormValues>({
    resolver: zodResolver(eventSchema as never) as unknown as Resolver<EventFormValues>,
    // After a post without JavaScript the page renders afresh: start from what was posted.
    defaultValues: state.status === "error" ? state.values : defaultValues,
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const clientErrors = flattenErrors(form.formState.errors);
  const shown = new Map<string, string>([...Object.entries(serverErrors).filter(([path]) => path !== "form"), ...clientErrors]);
  // Messages are catalog keys (lib/events/schema.ts, actions.ts), shown in the organizer's language.
  const errors = [...shown.entries()].map(([path, message]) => [fieldId(path), translateMessage(t, message)] as [string, string]);
  const message = state.status === "error" && errors.length === 0 ? translateMessage(t, state.message) : null;

  // After a failed submit, move focus to the error summary so screen readers read it out. The errors
  // are read when the submit ends, not followed: fixing one field while others are still wrong
  // must not pull the focus away from the field being typed in.
  const focusErrorSummary = useEffectEvent(() => {
    if (errors.length > 0 || message) summaryRef.current?.focus();
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: triggers, not values read: the effect runs once per finished submit, refused in the browser (submitCount) or answered by the server (state)
  useEffect(() => {
    focusErrorSummary();
  }, [form.formState.submitCount, state]);

  const onSubmit = form.handleSubmit(() => {
    if (formRef.current) {
      const data = new FormData(formRef.current);
      startTransition(() => formAction(data));
    }
  });

  return (
    <FormProvider {...form}>
      <ServerErrorsContext.Provider value={serverErrors}>
        <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={label} data-testid="event-form">
          {(errors.length > 0 || message) && <ErrorSummary id="event-errors" ref={summaryRef} message={message} errors={errors} />}
          <fieldset className="form-section">
            <LegendHeading level={headingLevel}>{t("events.form.event")}</LegendHeading>
            <EventField path="title" label={t("events.form.title")} maxLength={EVENT_LIMITS.title} wide />
            <div className="field-row">
              <EventField path="occurredOn" label={t("events.shared.date")} hint={t("events.form.dateHint")} type="date" />
              <EventField
                path="dateNote"
                label={t("events.form.dateNote")}
                hint={t("events.form.dateNoteHint")}
                rows={2}
                fit
                maxLength={EVENT_LIMITS.dateNote}
              />
            </div>
            <EventField path="place" label={t("events.shared.place")} maxLength={EVENT_LIMITS.place} wide />
            <EventField path="placeNote" label={t("events.form.placeNote")} rows={2} fit maxLength={EVENT_LIMITS.placeNote} />
            <EventField path="host" label={t("events.shared.host")} hint={t("events.form.hostHint")} rows={2} fit maxLength={EVENT_LIMITS.host} />
            <EventField
              path="summary"
              label={t("events.form.summary")}
              hint={t("events.form.summaryHint")}
              rows={6}
              maxLength={EVENT_LIMITS.summary}
            />
          </fieldset>
          <SpeakersFieldset level={headingLevel} rowLevel={below(headingLevel)} />
          <SourcesFieldset level={headingLevel} rowLevel={below(headingLevel)} />
          <CallsFieldset level={headingLevel} rowLevel={below(headingLevel)} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={pending}>
              {t("events.form.save")}
            </button>
          </div>
        </form>
      </ServerErrorsContext.Provider>
    </FormProvider>
  );
}
