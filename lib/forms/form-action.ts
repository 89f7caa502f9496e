import "server-only";
import type { Caller, CommandResult } from "@/lib/access/guard";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formValues, type ActionFormState, type RefusalMessages } from "./action-state";

// The two shapes of the organizer pages' server actions, so each action says only what is its own:
// which command runs, how its refusals read, and what a success revalidates and says. The command
// (a domain's commands.ts) validates the values and checks the caller itself; these only read the
// session and the form. Exported from "use server" modules as `export const x = formAction(…)`.

type Values = Record<string, string>;

/**
 * A form that shows the result: a refusal becomes the form's message, with what was typed kept;
 * a success becomes what `done` returns (a message, another state, or a redirect).
 */
export function formAction<Fields extends string, T, Done = ActionFormState<Fields>>(
  command: (caller: Caller, values: Values, formData: FormData) => Promise<CommandResult<T, Fields>>,
  refusals: RefusalMessages,
  done: (value: T) => Done,
): (previous: ActionFormState<Fields> | Done, formData: FormData) => Promise<ActionFormState<Fields> | Done> {
  return async (_previous, formData) => {
    const values = formValues(formData);
    const result = await command(await getCurrentUser(), values, formData);
    if (!result.ok) return failure(result, values, refusals);
    return done(result.value);
  };
}

/**
 * A button in a list (hide a name, revoke a key, remove a member): a refused request changes
 * nothing and says nothing, since the page, rendered again, shows what is.
 */
export function buttonAction<T>(
  command: (caller: Caller, values: Values) => Promise<CommandResult<T>>,
  done: (value: T) => void,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const result = await command(await getCurrentUser(), formValues(formData));
    if (result.ok) done(result.value);
  };
}
