import { NextResponse } from "next/server";

// The hot JSON endpoints (count, sign, confirm) are written against these two small shapes instead
// of the Fetch API's Request and Response. A route handler passes its Request (which fits
// ApiRequest) and turns the answer into a Response; the production server (lib/production-server/main.ts)
// adapts Node's request and writes the answer directly, without building web streams per request.

/** What the endpoints read from a request. A Fetch API Request fits. */
export type ApiRequest = {
  headers: { get(name: string): string | null };
  text(): Promise<string>;
};

/** A status, headers, and a JSON body (null: no body). */
export type ApiResponse = { status: number; headers: Record<string, string>; body: unknown };

export function apiJson(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers, body };
}

/** The error shape of the JSON API: `{ error, message, …extra }`, never cached. */
export function apiError(
  status: number,
  error: string,
  message: string,
  extra?: Record<string, unknown>,
  headers?: Record<string, string>,
): ApiResponse {
  return { status, headers: { "Cache-Control": "no-store", ...headers }, body: { error, message, ...extra } };
}

/** For a route handler. */
export function toWebResponse(answer: ApiResponse): Response {
  if (answer.body === null) return new NextResponse(null, { status: answer.status, headers: answer.headers });
  return NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });
}
