import type http from "node:http";
import type { ApiRequest, ApiResponse } from "@/lib/http/api-exchange";

// The production server's fast path (lib/production-server/main.ts) between Node's request and response and
// the endpoints' small request and answer shapes (lib/http/api-exchange.ts), with no Fetch API
// objects or web streams in between.

// The endpoints refuse bodies far smaller than this (16 KiB at most); reading stops here so that a
// client streaming an endless body without a Content-Length cannot fill the memory.
const MAX_BODY_BYTES = 1_048_576;

export function nodeApiRequest(req: http.IncomingMessage): ApiRequest {
  return {
    headers: {
      get(name) {
        const key = name.toLowerCase();
        const value = req.headers[key];
        // As Next.js does: the socket's address when no proxy said who the client is (rate limits key on it).
        if (value === undefined && key === "x-forwarded-for") return req.socket.remoteAddress ?? null;
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(", ") : value;
      },
    },
    text: () => readText(req),
  };
}

function readText(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = () => {
      req.off("data", onData);
      resolve(Buffer.concat(chunks).toString("utf8"));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off("end", finish);
        finish(); // too large whatever its content: the endpoint answers 413
        req.resume(); // the rest is read and discarded
      }
    };
    req.on("data", onData);
    req.once("end", finish);
    req.once("error", reject);
  });
}

export function writeApiResponse(res: http.ServerResponse, answer: ApiResponse, extraHeaders: Record<string, string>): void {
  const headers: Record<string, string> = { ...extraHeaders, ...answer.headers };
  if (answer.body === null) {
    res.writeHead(answer.status, headers).end();
    return;
  }
  const body = JSON.stringify(answer.body);
  headers["Content-Type"] = "application/json";
  headers["Content-Length"] = String(Buffer.byteLength(body));
  res.writeHead(answer.status, headers).end(body);
}
