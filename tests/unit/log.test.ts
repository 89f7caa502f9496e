import assert from "node:assert/strict";
import { test } from "node:test";
import { createAuthLogger, isAuthRefusal } from "@/lib/auth/auth-logger";
import { DatabaseUnavailableError } from "@/lib/db/errors";
import { createLogger, type LoggerOptions, type LogLevel } from "@/lib/log/logger";
import { createRequestErrorReporter } from "@/lib/log/request-error";

// The one logger (issue #10): what a line holds in production, that unexpected errors carry their
// stack and expected refusals do not, and which levels are written. Every logger here writes into an
// array, configured by its options, so no test reads or changes process.env.

const NOW = new Date("2026-12-03T10:15:30.123Z");

function capture(options: Partial<LoggerOptions> = {}) {
  const lines: { line: string; level: LogLevel }[] = [];
  const logger = createLogger({ level: "debug", format: "json", now: () => NOW, write: (line, level) => lines.push({ line, level }), ...options });
  const records = () => lines.map(({ line }) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, records };
}

/** Drizzle's way: its own error, with the driver's error (and PostgreSQL's code) as the cause. */
function wrappedDatabaseError(): Error {
  const driverError = Object.assign(new Error('relation "campaigns" does not exist'), { code: "42P01" });
  return new Error("Failed query: select 1", { cause: driverError });
}

/** An error shaped as Auth.js makes them: its `type`, and what it caught as `cause.err`. */
function authError(type: string, caught?: Error): Error {
  return Object.assign(new Error(`${type}. Read more at https://errors.authjs.dev#${type.toLowerCase()}`, caught && { cause: { err: caught } }), {
    name: type,
    type,
  });
}

test("in production a line is one JSON object: time, level, message, then the fields", () => {
  const { logger, lines, records } = capture();
  logger.info("Ready on http://0.0.0.0:3000", { port: 3000 });
  assert.equal(lines.length, 1);
  assert.ok(!lines[0].line.includes("\n"), "one entry, one line");
  assert.deepEqual(records()[0], { time: "2026-12-03T10:15:30.123Z", level: "info", msg: "Ready on http://0.0.0.0:3000", port: 3000 });
  assert.deepEqual(Object.keys(records()[0]).slice(0, 3), ["time", "level", "msg"]);
});

test("a field cannot overwrite the time, the level or the message", () => {
  const { logger, records } = capture();
  logger.warn("Disk almost full", { level: "debug", msg: "nothing", time: "yesterday", free: "2%" });
  assert.deepEqual(records()[0], { time: "2026-12-03T10:15:30.123Z", level: "warn", msg: "Disk almost full", free: "2%" });
});

test("an unexpected error is written at error with its name, message, stack and what it wraps", () => {
  const { logger, lines, records } = capture();
  const error = Object.assign(wrappedDatabaseError(), { digest: "2817441928" });
  logger.reportError(error, { msg: "GET /campaigns/x failed", path: "/campaigns/x" });
  const [record] = records();
  assert.equal(lines[0].level, "error");
  assert.equal(record.msg, "GET /campaigns/x failed");
  assert.equal(record.path, "/campaigns/x");
  const written = record.error as {
    name: string;
    message: string;
    stack: string;
    digest: string;
    cause: { message: string; code: string; stack: string };
  };
  assert.equal(written.name, "Error");
  assert.equal(written.message, "Failed query: select 1");
  assert.match(written.stack, /wrappedDatabaseError/, "the stack says where it was thrown");
  assert.equal(written.digest, "2817441928", "the reference number the error page shows");
  assert.equal(written.cause.code, "42P01");
  assert.match(written.cause.stack, /relation "campaigns" does not exist/);
});

test("reportError without a message still says what happened, and takes a thrown non-Error", () => {
  const { logger, records } = capture();
  logger.reportError("a string was thrown");
  assert.deepEqual(records()[0].error, { name: "NonError", message: "a string was thrown" });
  assert.equal(records()[0].msg, "Unexpected error");
});

test("an error given as a field of a warning is written without its stack", () => {
  const { logger, lines, records } = capture();
  logger.warn("The database is busy", { error: new DatabaseUnavailableError("busy") });
  assert.deepEqual(records()[0].error, { name: "DatabaseUnavailableError", message: "No database connection was free in time." });
  assert.ok(!lines[0].line.includes(" at "), "no stack frames");
  const text = capture({ format: "text" });
  text.logger.warn("The database is busy", { error: new DatabaseUnavailableError("busy") });
  assert.equal(
    text.lines[0].line,
    '10:15:30.123 WARN  The database is busy error={"name":"DatabaseUnavailableError","message":"No database connection was free in time."}',
  );
});

test("levels below the configured one are not written", () => {
  const { logger, lines } = capture({ level: "warn" });
  logger.debug("debug");
  logger.info("info");
  logger.warn("warn");
  logger.error("error");
  logger.reportError(new Error("boom"));
  assert.deepEqual(
    lines.map(({ level }) => level),
    ["warn", "error", "error"],
  );
  const quiet = capture({ level: "error" });
  quiet.logger.warn("warn");
  assert.equal(quiet.lines.length, 0);
});

test("a field that JSON cannot hold never makes logging throw", () => {
  const { logger, records } = capture();
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  logger.info("Counted", { total: 12n });
  logger.error("Odd input", { circular });
  assert.equal(records()[0].total, "12");
  assert.equal(records()[1].msg, "Odd input");
  assert.equal(records()[1].level, "error");
});

test("in development a line reads as text, an unexpected error's stack indented below it", () => {
  const { logger, lines } = capture({ format: "text" });
  logger.info("Emails are not sent", { mailbox: "http://localhost:3000/dev/mailbox", count: 2, note: "two words" });
  assert.equal(lines[0].line, '10:15:30.123 INFO  Emails are not sent mailbox=http://localhost:3000/dev/mailbox count=2 note="two words"');
  logger.reportError(wrappedDatabaseError(), { msg: "Email outbox drain failed; the poller will retry" });
  const [head, ...rest] = lines[1].line.split("\n");
  assert.equal(head, "10:15:30.123 ERROR Email outbox drain failed; the poller will retry");
  assert.equal(rest[0], "  Error: Failed query: select 1");
  assert.ok(
    rest.some((line) => line.startsWith("      at ")),
    "stack frames follow",
  );
  assert.ok(rest.some((line) => line === '  Caused by: Error: relation "campaigns" does not exist'));
});

test("an uninvited sign-in is logged at info without a stack or the address; a failing policy is reported", () => {
  const { logger, lines, records } = capture();
  const authLogger = createAuthLogger(logger);
  authLogger.error?.(authError("AccessDenied"));
  authLogger.error?.(authError("Verification"));
  assert.deepEqual(
    records().map((record) => [record.level, record.authError]),
    [
      ["info", "AccessDenied"],
      ["info", "Verification"],
    ],
  );
  assert.ok(
    lines.every(({ line }) => !line.includes("stack")),
    "no stacks for refusals",
  );

  // The sign-in policy threw (the database is out of reach): Auth.js still says AccessDenied.
  const failed = authError("AccessDenied", new Error("connect ECONNREFUSED 127.0.0.1:5432"));
  assert.equal(isAuthRefusal(failed), false);
  authLogger.error?.(failed);
  authLogger.error?.(authError("AdapterError"));
  const [policy, adapter] = records().slice(2);
  assert.equal(policy.level, "error");
  assert.equal(policy.msg, "Auth.js failed: AccessDenied");
  assert.match((policy.error as { cause: { message: string; stack: string } }).cause.stack, /ECONNREFUSED/);
  assert.equal(adapter.msg, "Auth.js failed: AdapterError");
  assert.ok((adapter.error as { stack?: string }).stack);
});

test("a failed request is reported once with its route, never its query string; a database outage is a warning", () => {
  const { logger, records } = capture();
  const report = createRequestErrorReporter(logger);
  report(new Error("boom"), { method: "GET", path: "/confirm?token=secret-token" }, { routeType: "render", route: "/confirm" });
  report(new DatabaseUnavailableError("unreachable"), { method: "POST", path: "/organizer/campaigns/x" });
  const [failure, outage] = records();
  assert.equal(failure.level, "error");
  assert.equal(failure.msg, "GET /confirm failed");
  assert.equal(failure.path, "/confirm");
  assert.equal(failure.route, "/confirm");
  assert.ok(!JSON.stringify(records()).includes("secret-token"));
  assert.equal(outage.level, "warn");
  assert.equal(outage.msg, "POST /organizer/campaigns/x: the database is busy or out of reach");
  assert.deepEqual(outage.error, { name: "DatabaseUnavailableError", message: "The database could not be reached in time." });
});
