"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import { get, useFormContext, type Path } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { translateMessage } from "@/lib/i18n/message-key";
import type { EventFormValues } from "@/lib/events/schema";

// One labelled input of the event form, registered with react-hook-form under its dotted path
// ("speakers.0.name"), which is also the name the server action reads. Its error comes from the
// browser's check, or from the server's when the form was posted without JavaScript, as a catalog
// key shown in the organizer's language.

export const ServerErrorsContext = createContext<Record<string, string>>({});

export const fieldId = (path: string) => `event-${path.replaceAll(".", "-")}`;

export function useFieldError(path: string): string | undefined {
  const t = useTranslations();
  const { formState } = useFormContext<EventFormValues>();
  const serverErrors = useContext(ServerErrorsContext);
  const error = get(formState.errors, path) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message ?? serverErrors[path];
  return message === undefined ? undefined : translateMessage(t, message);
}

type Props = {
  path: Path<EventFormValues>;
  label: string;
  hint?: string;
  type?: "text" | "date" | "url";
  rows?: number;
  maxLength?: number;
  list?: string;
  /** A field-array row passes its own value; other fields start from the form's default values. */
  defaultValue?: string;
  /** As wide as the form, for values longer than a few words (textareas always are). */
  wide?: boolean;
  /** A textarea as tall as its text, where the browser can (`field-sizing`): one line for a short value. */
  fit?: boolean;
};

export function EventField({ path, label, hint, type = "text", rows, maxLength, list, defaultValue, wide = false, fit = false }: Props) {
  const { register, formState } = useFormContext<EventFormValues>();
  const id = fieldId(path);
  const error = useFieldError(path);
  // Rendered into the HTML, so the fields are filled before the page hydrates, and without JavaScript.
  const initial = defaultValue ?? (get(formState.defaultValues, path) as string | undefined) ?? "";
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(describedBy) =>
        rows ? (
          <textarea
            id={id}
            className={fit ? "input-wide input-fit" : "input-wide"}
            rows={rows}
            maxLength={maxLength}
            defaultValue={initial}
            aria-invalid={!!error}
            aria-describedby={describedBy}
            dir="auto"
            {...register(path)}
          />
        ) : (
          <input
            id={id}
            className={wide ? "input-wide" : undefined}
            type={type}
            maxLength={maxLength}
            defaultValue={initial}
            autoComplete="off"
            dir={type === "text" ? "auto" : "ltr"}
            list={list}
            aria-invalid={!!error}
            aria-describedby={describedBy}
            {...register(path)}
          />
        )
      }
    </FormField>
  );
}
