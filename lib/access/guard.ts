import type { SessionUser } from "@/lib/auth/session";

// Typed refusals, checked in this order everywhere: no session, then no such thing, then not allowed.
// Pages turn them into a redirect to sign-in or a 404; actions into a message (401/404/403).

export type Caller = SessionUser | null;

export type Refusal = "unauthenticated" | "not-found" | "forbidden";

export type Guarded<T> = { ok: true; value: T } | { ok: false; error: Refusal };

export type CommandResult<T, Fields extends string = string> =
  | Guarded<T>
  | { ok: false; error: "invalid"; fieldErrors: Partial<Record<Fields | "form", string>> };

export const allow = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const refuse = (error: Refusal): { ok: false; error: Refusal } => ({ ok: false, error });
