import type { z } from "zod";

// A failed parse as a form shows it: one message per field, the first zod reports, and "form" for
// what belongs to no field. It sits below both kernels that use it: lib/access (guardCampaignCommand
// validates before it authorizes) and lib/forms (which imports lib/access to show its refusals).

export type FieldErrors<T> = Partial<Record<keyof T | "form", string>>;

export function fieldErrorsOf<T>(error: z.ZodError): FieldErrors<T> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors as FieldErrors<T>;
}
