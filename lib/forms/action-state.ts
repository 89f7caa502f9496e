import type { CommandResult, Refusal } from "@/lib/access/guard";
import { messageKey } from "@/lib/i18n/message-key";

// What the forms' server actions share: the state a form shows, the form's text values
// and a refused command turned into a message. Messages are catalog keys (lib/i18n/message-key.ts),
// shown in the reader's language by the form. Kept out of the "use server" modules because every
// export there becomes an endpoint a browser can call.

export type ActionFormState<Fields extends string> =
  | { status: "idle" }
  | { status: "done"; message: string }
  | { status: "error"; message: string; fieldErrors: Partial<Record<Fields | "form", string>>; values: Record<string, string> };

export type ActionFailure<Fields extends string> = Extract<ActionFormState<Fields>, { status: "error" }>;

export type RefusalMessages = Record<Refusal, string>;

/** Each domain says (as catalog keys) what could not be found and who may act; an ended session reads the same everywhere. */
export function refusalMessages(messages: Omit<RefusalMessages, "unauthenticated">): RefusalMessages {
  return { unauthenticated: messageKey("organizer.forms.sessionEnded"), ...messages };
}

/** The form's text fields, without React's own `$ACTION_…` fields; files are read separately. */
export function formValues(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string")) as Record<
    string,
    string
  >;
}

/** A refused command as the form shows it, with what was typed so nothing is lost. */
export function failure<Fields extends string>(
  result: Exclude<CommandResult<unknown, Fields>, { ok: true }>,
  values: Record<string, string>,
  refusals: RefusalMessages,
): ActionFailure<Fields> {
  if (result.error === "invalid")
    return { status: "error", message: result.fieldErrors.form ?? messageKey("organizer.forms.problem"), fieldErrors: result.fieldErrors, values };
  return { status: "error", message: refusals[result.error], fieldErrors: {}, values };
}
