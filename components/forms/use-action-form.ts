"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useEffectEvent, useRef } from "react";
import { useForm, type FieldValues, type Path, type Resolver, get } from "react-hook-form";
import type { z } from "zod";
import { useErrorText } from "./error-text";

type ActionState = { status: string; message?: string; fieldErrors?: Partial<Record<string, string>> };

/**
 * The forms' shared wiring: the same zod schema checks fields in the browser
 * (react-hook-form) and again in the server action; without JavaScript the form posts to the
 * action and shows its errors. After a failed submit, focus moves to the error summary so it is
 * read out; after `resetOn`, the fields empty. Errors and the form's message may travel as catalog
 * keys (lib/i18n/message-key.ts): `errorFor`, `shownErrors` and `formMessage` give them as text in
 * the reader's language (text that is not a key passes unchanged).
 */
export function useActionForm<State extends ActionState, Input extends FieldValues>(options: {
  action: (state: State, data: FormData) => Promise<State>;
  schema: z.ZodType<Input>;
  /** Each field and the id of its input, in the order the error summary lists them. */
  fields: [Path<Input>, string][];
  resetOn?: State["status"];
}) {
  const { action, schema, fields, resetOn } = options;
  const [state, formAction, pending] = useActionState<State, FormData>(
    action as (state: Awaited<State>, data: FormData) => Promise<State>,
    { status: "idle" } as Awaited<State>,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const { register, handleSubmit, reset, formState } = useForm<Input>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Input>,
    shouldFocusError: false,
  });
  const errorText = useErrorText();
  const serverErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const errorFor = (field: Path<Input>): string | undefined =>
    // `get` reads a nested field's error too ("calls.0.target"); the server names it the same way.
    errorText((get(formState.errors, field) as { message?: string } | undefined)?.message ?? serverErrors[field]);
  const shownErrors = fields.flatMap(([field, id]) => {
    const message = errorFor(field);
    return message ? [[id, message] as [string, string]] : [];
  });
  const formMessage = state.status === "error" && !fields.some(([field]) => serverErrors[field]) ? (errorText(state.message) ?? null) : null;

  // The errors are read when a submit ends, not followed: fixing one field while others are still
  // wrong must not pull the focus away from the field being typed in.
  const focusErrorSummary = useEffectEvent(() => {
    if (shownErrors.length > 0 || formMessage) summaryRef.current?.focus();
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: triggers, not values read: the effect runs once per finished submit, refused in the browser (submitCount) or answered by the server (state)
  useEffect(() => {
    focusErrorSummary();
  }, [formState.submitCount, state]);
  // Only the server's answer empties the fields; `reset` is stable and `resetOn` a constant of the form.
  useEffect(() => {
    if (resetOn && state.status === resetOn) reset();
  }, [state, resetOn, reset]);

  const onSubmit = handleSubmit(() => {
    if (formRef.current) {
      const data = new FormData(formRef.current);
      startTransition(() => formAction(data));
    }
  });

  return { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit };
}
