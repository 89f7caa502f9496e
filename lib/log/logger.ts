import { getLogSettings } from "@/lib/env";

// The one place that writes logs and reports unexpected errors (issue #10): the production server,
// the email worker, Auth.js and Next.js's onRequestError hook (instrumentation.ts) all write here.
// JSON lines in production, for a log collector; readable lines in development. Our own rather than
// pino: the app writes a handful of lines (start-up, refusals, failures), not one per request, and
// pino's readable output needs a worker-thread transport, which bundlers break.

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;
type ErrorContext = LogFields & { msg?: string };

export type Logger = Record<LogLevel, (msg: string, fields?: LogFields) => void> & {
  /**
   * An unexpected error: written at `error` with its stack (and its causes'). An expected refusal
   * (an uninvited sign-in, a used link) is no error: write it with info or warn, without the error.
   */
  reportError(error: unknown, context?: ErrorContext): void;
};

export type LoggerOptions = {
  /** The least severe level written. */
  level: LogLevel;
  format: "json" | "text";
  /** Where a finished line goes; by default debug and info to stdout, warn and error to stderr. */
  write?: (line: string, level: LogLevel) => void;
  now?: () => Date;
};

type SerializedError = { name: string; message: string; stack?: string; code?: unknown; digest?: unknown; cause?: SerializedError };

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger({ level, format, write = writeToStdio, now = () => new Date() }: LoggerOptions): Logger {
  const entry = (entryLevel: LogLevel, msg: string, fields: LogFields = {}, error?: unknown) => {
    if (RANK[entryLevel] < RANK[level]) return;
    const { time: _time, level: _level, msg: _msg, ...rest } = fields;
    const head = { time: now().toISOString(), level: entryLevel, msg };
    const reported = error === undefined ? undefined : serializeError(error);
    write(format === "json" ? toJson({ ...head, ...rest, ...(reported && { error: reported }) }) : toText(head, rest, reported), entryLevel);
  };
  return {
    debug: (msg, fields) => entry("debug", msg, fields),
    info: (msg, fields) => entry("info", msg, fields),
    warn: (msg, fields) => entry("warn", msg, fields),
    error: (msg, fields) => entry("error", msg, fields),
    reportError: (error, { msg = "Unexpected error", ...fields } = {}) => entry("error", msg, fields, error),
  };
}

function writeToStdio(line: string, level: LogLevel): void {
  (level === "warn" || level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
}

/** Name, message, stack, the codes that say what failed (PostgreSQL's, Next.js's digest) and what it wraps. */
function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { name: "NonError", message: String(error) };
  const { code, digest } = error as { code?: unknown; digest?: unknown };
  // Auth.js wraps the error it caught as `cause: { err }`.
  const raw = error.cause as { err?: unknown } | undefined;
  const cause = raw instanceof Error ? raw : raw?.err instanceof Error ? raw.err : undefined;
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(code === undefined ? {} : { code }),
    ...(digest === undefined ? {} : { digest }),
    ...(cause && depth < 3 ? { cause: serializeError(cause, depth + 1) } : {}),
  };
}

// An Error among the fields of an info or warn entry is written without its stack: stacks are for
// unexpected errors, which go through reportError.
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

function toJson(record: { time: string; level: LogLevel; msg: string } & LogFields): string {
  try {
    return JSON.stringify(record, replacer);
  } catch {
    const { time, level, msg, error } = record;
    return JSON.stringify({ time, level, msg, error, logError: "The fields could not be written as JSON." }, replacer);
  }
}

function toText({ time, level, msg }: { time: string; level: LogLevel; msg: string }, fields: LogFields, error?: SerializedError): string {
  const pairs = Object.entries(fields).map(([key, value]) => `${key}=${textValue(value)}`);
  const lines = [[time.slice(11, 23), level.toUpperCase().padEnd(5), msg, ...pairs].join(" ")];
  for (let at = error, first = true; at; at = at.cause, first = false) {
    const trace = `${first ? "" : "Caused by: "}${at.stack ?? `${at.name}: ${at.message}`}`;
    lines.push(...trace.split("\n").map((line) => `  ${line}`));
  }
  return lines.join("\n");
}

function textValue(value: unknown): string {
  if (typeof value === "string") return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  try {
    return JSON.stringify(value, replacer) ?? String(value);
  } catch {
    return String(value);
  }
}

let configured: Logger | undefined;
const current = (): Logger => (configured ??= createLogger(getLogSettings()));

/** The process's logger, configured by LOG_LEVEL and LOG_FORMAT (lib/env.ts) on first use. */
export const log: Logger = {
  debug: (msg, fields) => current().debug(msg, fields),
  info: (msg, fields) => current().info(msg, fields),
  warn: (msg, fields) => current().warn(msg, fields),
  error: (msg, fields) => current().error(msg, fields),
  reportError: (error, context) => current().reportError(error, context),
};

/** The one entry point for unexpected errors: see Logger.reportError. */
export const reportError = log.reportError;
