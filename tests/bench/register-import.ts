import { randomBytes, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { openAsBlob } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import type postgres from "postgres";
import { COUNCILLORS_HEADER, generatedOfficial, registerFile } from "../fixtures/register-file";
import type { Measurement } from "./scenarios";

// The `rne-import` scenario (issue #14): a generated 490,000-row file in the municipal councillors'
// 16-column layout, uploaded to the running server as an admin's browser would, through the same
// route and streaming import. Reported: the time from the first byte sent to the answer.

export const REGISTER_ROWS = 490_000;

/** Writes the file to a temporary path, line by line (the generator holds no more than a chunk either). */
export async function writeRegisterFile(rows: number): Promise<string> {
  const file = path.join(tmpdir(), `bench-rne-${process.pid}.csv`);
  const out = createWriteStream(file);
  out.write(`\uFEFF${COUNCILLORS_HEADER.join(";")}\r\n`);
  const CHUNK = 5_000;
  for (let start = 0; start < rows; start += CHUNK) {
    const officials = Array.from({ length: Math.min(CHUNK, rows - start) }, (_, i) => generatedOfficial(start + i));
    const body = registerFile(officials).split("\r\n").slice(1).join("\r\n");
    if (!out.write(body)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return file;
}

/** An admin and a database session for them, as Auth.js stores it: the cookie the upload sends. */
export async function adminSessionCookie(sql: postgres.Sql): Promise<string> {
  const [user] = await sql`insert into users (email, role) values (${`bench-admin-${randomUUID()}@bench.example`}, 'admin') returning id`;
  const token = randomBytes(32).toString("hex");
  await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${user.id}, now() + interval '1 day')`;
  return `authjs.session-token=${token}`;
}

export async function uploadRegisterFile(
  serverUrl: string,
  cookie: string,
  file: string,
): Promise<Measurement & { rows: number; megabytes: number }> {
  const form = new FormData();
  form.set("kind", "municipal-councillors");
  form.set("extractDate", "2026-06-30");
  form.set("file", await openAsBlob(file), "elus-municipaux-cm.csv");
  const started = performance.now();
  const answer = await fetch(`${serverUrl}/api/admin/register/extracts?locale=en`, {
    method: "POST",
    body: form,
    headers: { cookie, accept: "application/json", origin: serverUrl },
  });
  const body = (await answer.json().catch(() => ({}))) as { imported?: boolean };
  const seconds = (performance.now() - started) / 1000;
  const ok = answer.ok && body.imported === true;
  return {
    requestsPerSecond: 0,
    p50Ms: Math.round(seconds * 1000),
    p99Ms: null,
    errors: ok ? 0 : 1,
    completed: ok ? 1 : 0,
    durationSeconds: seconds,
    statusCodes: { [answer.status]: 1 },
    rows: REGISTER_ROWS,
    megabytes: Math.round((await stat(file)).size / 1048576),
  };
}

export const removeRegisterFile = (file: string) => rm(file, { force: true });
