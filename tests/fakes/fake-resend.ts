import { randomUUID } from "node:crypto";
import http from "node:http";

// A local HTTP server that plays Resend's `POST /emails` and `POST /emails/batch`, so tests run
// the real Resend SDK (pointed here through RESEND_BASE_URL) and read every message it sent.
// Like Resend, it honours Idempotency-Key (the same key with the same body answers as the first
// time and sends nothing; a reused key with other content is refused with 409) and, in
// permissive batch validation, refuses single messages: here, any address at rejected.example.
// Test controls: GET /_test/emails[?to=address], DELETE /_test/emails, POST /_test/fail {"count": n}.

export type ReceivedEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  idempotencyKey: string | null;
  receivedAt: string;
};

export type FakeResend = {
  url: string;
  emails: ReceivedEmail[];
  /** The next `count` sends answer 500, as Resend does when it is down. */
  failNext(count: number): void;
  requests: number;
  stop(): Promise<void>;
};

export async function startFakeResend(port = 0): Promise<FakeResend> {
  const emails: ReceivedEmail[] = [];
  const byIdempotencyKey = new Map<string, { body: string; email: ReceivedEmail }>();
  const batchesByKey = new Map<string, { body: string; response: unknown }>();
  let failures = 0;
  const state = { requests: 0 };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const body = await readBody(req);
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };

    // What Resend answers before looking at a send: no key, or (as told by /_test/fail) an outage.
    const refusedAsResendWould = (): boolean => {
      state.requests += 1;
      if (!/^Bearer .+/.test(req.headers.authorization ?? "")) {
        send(401, { name: "missing_api_key", message: "Missing API key", statusCode: 401 });
        return true;
      }
      if (failures > 0) {
        failures -= 1;
        send(500, { name: "internal_server_error", message: "Fake outage", statusCode: 500 });
        return true;
      }
      return false;
    };

    if (url.pathname === "/_test/emails" && req.method === "GET") {
      const to = url.searchParams.get("to")?.toLowerCase();
      return send(200, to ? emails.filter((e) => e.to.some((a) => a.toLowerCase() === to)) : emails);
    }
    if (url.pathname === "/_test/emails" && req.method === "DELETE") {
      emails.length = 0;
      byIdempotencyKey.clear();
      batchesByKey.clear();
      return send(200, { ok: true });
    }
    if (url.pathname === "/_test/fail" && req.method === "POST") {
      failures = Number(JSON.parse(body || "{}").count ?? 1);
      return send(200, { ok: true });
    }
    if (url.pathname === "/emails/batch" && req.method === "POST") {
      if (refusedAsResendWould()) return;
      const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
      const previous = key ? batchesByKey.get(key) : undefined;
      if (previous) {
        if (previous.body !== body) {
          return send(409, { name: "invalid_idempotent_request", message: "Key reused with other content", statusCode: 409 });
        }
        return send(200, previous.response);
      }
      let payload: Record<string, unknown>[];
      try {
        payload = JSON.parse(body);
      } catch {
        return send(422, { name: "validation_error", message: "Invalid JSON", statusCode: 422 });
      }
      if (!Array.isArray(payload) || payload.length === 0 || payload.length > 100) {
        return send(422, { name: "validation_error", message: "Send 1 to 100 emails", statusCode: 422 });
      }
      const permissive = req.headers["x-batch-validation"] === "permissive";
      const refused = payload.flatMap((p, index) => (isRefused(p) ? [{ index, message: "Recipient refused" }] : []));
      if (refused.length && !permissive) {
        return send(422, { name: "validation_error", message: "Recipient refused", statusCode: 422 });
      }
      const data = payload
        .filter((p) => !isRefused(p))
        .map((p) => {
          const email = record(p, key);
          emails.push(email);
          return { id: email.id };
        });
      const response = permissive ? { data, errors: refused } : { data };
      if (key) batchesByKey.set(key, { body, response });
      return send(200, response);
    }
    if (url.pathname === "/emails" && req.method === "POST") {
      if (refusedAsResendWould()) return;
      let payload: Record<string, unknown>;
      try {
        payload = JSON.parse(body);
      } catch {
        return send(422, { name: "validation_error", message: "Invalid JSON", statusCode: 422 });
      }
      if (!payload.from || !payload.to || !payload.subject) {
        return send(422, { name: "missing_required_field", message: "from, to and subject are required", statusCode: 422 });
      }
      const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
      const previous = key ? byIdempotencyKey.get(key) : undefined;
      if (previous) {
        if (previous.body !== body) {
          return send(409, { name: "invalid_idempotent_request", message: "Key reused with other content", statusCode: 409 });
        }
        return send(200, { id: previous.email.id });
      }
      const email = record(payload, key);
      emails.push(email);
      if (key) byIdempotencyKey.set(key, { body, email });
      return send(200, { id: email.id });
    }
    send(404, { name: "not_found", message: `No route ${req.method} ${url.pathname}`, statusCode: 404 });
  });

  // Node closes an idle keep-alive connection after 5 s; a client that reuses it at that instant
  // gets ECONNRESET (seen once in organizer.spec.ts, polling the mailbox on a loaded machine).
  // Clients close first when the server waits longer than they idle.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    emails,
    failNext: (count) => {
      failures = count;
    },
    get requests() {
      return state.requests;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function record(payload: Record<string, unknown>, idempotencyKey: string | null): ReceivedEmail {
  return {
    id: randomUUID(),
    from: String(payload.from),
    to: Array.isArray(payload.to) ? payload.to.map(String) : [String(payload.to)],
    subject: String(payload.subject),
    html: String(payload.html ?? ""),
    text: String(payload.text ?? ""),
    headers: (payload.headers as Record<string, string>) ?? {},
    idempotencyKey,
    receivedAt: new Date().toISOString(),
  };
}

const isRefused = (payload: Record<string, unknown>) => [payload.to].flat().some((to) => String(to).toLowerCase().endsWith("@rejected.example"));

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

// Run as a process (Playwright starts it this way): `node --import tsx tests/fakes/fake-resend.ts 3199`
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 3199);
  startFakeResend(port).then((fake) => console.log(`Fake Resend listening on ${fake.url}`));
}
