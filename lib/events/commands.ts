import "server-only";
import { slugSchema } from "@/lib/validation/slug";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/access/guard";
import { messageKey } from "@/lib/i18n/message-key";
import { consumeUserLimits, type RateWindow } from "@/lib/rate-limit/per-user";
import { eventAccess } from "./access-rules";
import { draftEventFromReport, type EventDraft } from "./import";
import { createEvent, deleteEventTranslation, saveEventTranslation, updateEvent } from "./mutations";
import { translationInputFromValues } from "./form-data";
import { findEventActor, findEventBySlug } from "./queries";
import { deleteEventTranslationSchema, eventFieldErrors, eventSchema, eventTranslationSchema, importReportSchema } from "./schema";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

// The event mutations behind their checks: authenticate, validate, find, authorize. actions.ts
// passes the session's user; tests pass any caller. The caller's role is read again from the
// database: a session may outlive a change of role or the user's removal.

export async function createEventAs(caller: Caller, input: unknown): Promise<CommandResult<{ slug: string }>> {
  if (!caller) return refuse("unauthenticated");
  const parsed = eventSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: eventFieldErrors(parsed.error) };
  const actor = await findEventActor(caller.id);
  if (!eventAccess(actor, null).create) return refuse("forbidden");
  const { slug } = await createEvent({ id: actor!.id, email: actor!.email }, parsed.data);
  return allow({ slug });
}

/** Only the event's creator and admins may change it; seeded events (no creator) only admins. */
export async function updateEventAs(caller: Caller, slug: unknown, input: unknown): Promise<CommandResult<{ slug: string }>> {
  if (!caller) return refuse("unauthenticated");
  const parsedSlug = slugSchema.safeParse(slug);
  if (!parsedSlug.success) return refuse("not-found");
  const parsed = eventSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: eventFieldErrors(parsed.error) };
  const event = await findEventBySlug(parsedSlug.data);
  if (!event) return refuse("not-found");
  const actor = await findEventActor(caller.id);
  if (!eventAccess(actor, event).edit) return refuse("forbidden");
  if (!(await updateEvent({ id: actor!.id, email: actor!.email }, event.id, parsed.data))) return refuse("not-found");
  return allow({ slug: event.slug });
}

// Reading a report is server work in proportion to its length, up to 100,000 characters (issue
// #13): a few reads in a row to correct a paste are normal; a script is held back.
export const IMPORT_REPORT_LIMITS: RateWindow[] = [
  { limit: 20, seconds: 60 },
  { limit: 200, seconds: 3600 },
];

/** A catalog key (lib/i18n/message-key.ts): the form says it in the organizer's language. */
function tooManyImports({ windowSeconds, retryAfterSeconds }: { windowSeconds: number; retryAfterSeconds: number }): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return messageKey(windowSeconds <= 60 ? "events.import.tooManyRecent" : "events.import.tooManyHour", { minutes });
}

/** Reads a pasted report into a draft event. Saves nothing: the organizer corrects the draft first. */
export async function draftEventAs(caller: Caller, input: unknown): Promise<CommandResult<EventDraft, "text">> {
  if (!caller) return refuse("unauthenticated");
  const parsed = importReportSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: "invalid", fieldErrors: { text: parsed.error.issues[0]?.message ?? messageKey("events.errors.reportRequired") } };
  if (!eventAccess(await findEventActor(caller.id), null).create) return refuse("forbidden");
  const limit = await consumeUserLimits("event-import", caller.id, IMPORT_REPORT_LIMITS);
  if (!limit.allowed) return { ok: false, error: "invalid", fieldErrors: { form: tooManyImports(limit) } };
  return allow(draftEventFromReport(parsed.data.text));
}

type TranslationFields = "language" | "title" | "summary" | `calls.${number}.${"target" | "action"}`;

/** The event a translation form names, if the caller may edit it (its creator and admins). */
async function editableEvent(caller: NonNullable<Caller>, rawSlug: unknown) {
  const slug = slugSchema.safeParse(rawSlug);
  const event = slug.success ? await findEventBySlug(slug.data) : null;
  if (!event) return refuse("not-found");
  const actor = await findEventActor(caller.id);
  if (!eventAccess(actor, event).edit) return refuse("forbidden");
  return allow({ event, actor: { id: actor!.id, email: actor!.email } });
}

/** Adds or replaces an event's title and summary in another language (issue #12). */
export async function saveEventTranslationAs(caller: Caller, input: unknown): Promise<CommandResult<{ slug: string }, TranslationFields>> {
  if (!caller) return refuse("unauthenticated");
  const found = await editableEvent(caller, (input as { eventSlug?: unknown } | null)?.eventSlug);
  if (!found.ok) return found;
  const parsed = eventTranslationSchema.safeParse(translationInputFromValues(input));
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: eventFieldErrors(parsed.error) };
  const { event, actor } = found.value;
  const result = await saveEventTranslation(actor, event.id, parsed.data);
  if (result === null) return refuse("not-found");
  if (result === "original") return { ok: false, error: "invalid", fieldErrors: { language: messageKey("editor.errors.translationIsOriginal") } };
  return allow({ slug: event.slug });
}

export async function deleteEventTranslationAs(caller: Caller, input: unknown): Promise<CommandResult<{ slug: string }, "language">> {
  if (!caller) return refuse("unauthenticated");
  const found = await editableEvent(caller, (input as { eventSlug?: unknown } | null)?.eventSlug);
  if (!found.ok) return found;
  const parsed = deleteEventTranslationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const { event, actor } = found.value;
  await deleteEventTranslation(actor, event.id, event.slug, parsed.data.language);
  return allow({ slug: event.slug });
}
