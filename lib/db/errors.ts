// What a failed statement means, read from PostgreSQL's error code.

/** A unique constraint refused the row (23505): e.g. two organizers took the same slug at once. */
export function isUniqueViolation(error: unknown): boolean {
  // Drizzle wraps the driver's error: the PostgreSQL code is on a cause.
  let cause = error;
  for (let depth = 0; depth < 5 && typeof cause === "object" && cause !== null; depth++) {
    if ((cause as { code?: unknown }).code === "23505") return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}
