import { isDatabaseUnavailable } from "@/lib/db/errors";
import { type LogFields, type Logger, log } from "./logger";

type FailedRequest = { method?: string; path?: string };

/**
 * Reports a request that threw and that nothing answered for: from Next.js's onRequestError hook
 * (instrumentation.ts: pages, route handlers, server actions) and the production server's fast
 * routes (lib/production-server/main.ts). A database that is busy or out of reach is an outage to watch, not a
 * bug to read a stack for: one warning a request, so an outage does not bury the log in stacks.
 */
export function createRequestErrorReporter(logger: Logger) {
  return (error: unknown, request: FailedRequest, fields: LogFields = {}): void => {
    const method = request.method ?? "GET";
    // Without the query string: a link's token must not end up in the logs.
    const path = (request.path ?? "/").split("?", 1)[0];
    if (isDatabaseUnavailable(error)) {
      logger.warn(`${method} ${path}: the database is busy or out of reach`, { method, path, ...fields, error });
      return;
    }
    logger.reportError(error, { msg: `${method} ${path} failed`, method, path, ...fields });
  };
}

export const reportRequestError = createRequestErrorReporter(log);
