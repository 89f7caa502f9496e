// What a failed statement means, read from PostgreSQL's error code.

/** A unique constraint refused the row (23505): e.g. two organizers took the same slug at once. */
export function isUniqueViolation(error: unknown): boolean {
  return causesOf(error).some((cause) => cause.code === "23505");
}

/** The error and what it wraps: Drizzle wraps the driver's error, so the PostgreSQL code is on a cause. */
function causesOf(error: unknown): { code?: unknown }[] {
  const causes: { code?: unknown }[] = [];
  let cause = error;
  for (let depth = 0; depth < 5 && typeof cause === "object" && cause !== null; depth++) {
    causes.push(cause as { code?: unknown });
    cause = (cause as { cause?: unknown }).cause;
  }
  return causes;
}

/**
 * The database cannot answer now: no pooled connection was free in time ("busy"), or it could not
 * be reached or answered too slowly ("unreachable"). Callers answer 503 with Retry-After.
 */
export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: "busy" | "unreachable") {
    super(reason === "busy" ? "No database connection was free in time." : "The database could not be reached in time.");
    this.name = "DatabaseUnavailableError";
  }
}

// postgres.js's own codes for a connection it could not open or lost, Node's socket errors, and
// PostgreSQL's: query_canceled (statement_timeout, 57014), class 08 (connection exception),
// too_many_connections (53300), admin_shutdown, crash_shutdown and cannot_connect_now (57P0x).
const UNREACHABLE_CODES = new Set([
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57014",
  "53300",
  "57P01",
  "57P02",
  "57P03",
]);

/** True when `error` (or what it wraps) says the database is busy or out of reach, not that a statement was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some(
    (cause) =>
      cause instanceof DatabaseUnavailableError ||
      (typeof cause.code === "string" && (UNREACHABLE_CODES.has(cause.code) || cause.code.startsWith("08"))),
  );
}
