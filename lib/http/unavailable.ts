import { isDatabaseUnavailable } from "@/lib/db/errors";
import { apiError, toWebResponse, type ApiResponse } from "./api-exchange";

// When the database is busy or out of reach (issue #13), callers are told to come back shortly,
// with a 503 and Retry-After, rather than a 500 that reads as a bug or a request left hanging.

export const RETRY_AFTER_SECONDS = 5;

function unavailableAnswer(): ApiResponse {
  return apiError(503, "unavailable", "The service is busy or cannot reach its database. Try again in a few seconds.", undefined, {
    "Retry-After": String(RETRY_AFTER_SECONDS),
  });
}

/** The answer for an error thrown while answering: the 503 above, or null for any other error (a real bug). */
export function answerForError(error: unknown): ApiResponse | null {
  return isDatabaseUnavailable(error) ? unavailableAnswer() : null;
}

/** A route handler whose database errors of that kind answer 503; any other error still throws. */
export function withDatabaseErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      const answer = answerForError(error);
      if (!answer) throw error;
      return toWebResponse(answer);
    }
  };
}
