import "server-only";
import type { AuthError, NextAuthConfig } from "next-auth";
import { type Logger, type LogLevel, log } from "@/lib/log/logger";

// Auth.js writes every refusal it throws as an error with a stack ("[auth][error] AccessDenied"),
// the uninvited address typed into the sign-in form included. A refusal is the sign-in policy
// working (issue #10): one line at info or warn, without the address. Anything else is reported.

const REFUSALS: Partial<Record<string, { level: Exclude<LogLevel, "error">; msg: string }>> = {
  AccessDenied: { level: "info", msg: "Sign-in refused: the address is neither an admin's nor invited" },
  Verification: { level: "info", msg: "Sign-in link refused: already used, expired or unknown" },
  // A stale form, or cookies lost on the way (a proxy, another host): worth a look if it recurs.
  MissingCSRF: { level: "warn", msg: "Sign-in request refused: missing or mismatched CSRF token" },
  UnknownAction: { level: "warn", msg: "Auth request refused: unknown action" },
};

/**
 * An Auth.js error that is a refusal, not a failure. When a callback throws (the database is out of
 * reach while the sign-in policy looks the address up), Auth.js throws AccessDenied too, with what
 * the callback threw as `cause.err`: that one is a failure.
 */
export function isAuthRefusal(error: unknown): error is AuthError {
  if (!REFUSALS[authErrorType(error) ?? ""]) return false;
  const cause = (error as Error).cause as { err?: unknown } | undefined;
  return !(cause?.err instanceof Error);
}

// Read from the error rather than by `instanceof AuthError`, so that this module (and its tests)
// do not load next-auth, which needs Next.js's runtime.
function authErrorType(error: unknown): string | undefined {
  const type = error instanceof Error ? (error as { type?: unknown }).type : undefined;
  return typeof type === "string" ? type : undefined;
}

/** Auth.js's `logger` option, writing to `logger`. */
export function createAuthLogger(logger: Logger): NonNullable<NextAuthConfig["logger"]> {
  return {
    error(error) {
      const refusal = isAuthRefusal(error) ? REFUSALS[error.type] : undefined;
      if (refusal) logger[refusal.level](refusal.msg, { authError: authErrorType(error) });
      else logger.reportError(error, { msg: `Auth.js failed: ${authErrorType(error) ?? error.name}` });
    },
    warn(code) {
      logger.warn(`Auth.js warning: ${code}`, { help: `https://warnings.authjs.dev#${code}` });
    },
    // No debug: Auth.js's debug output carries cookies and tokens, and giving one turns it on.
  };
}

export const authLogger = createAuthLogger(log);
