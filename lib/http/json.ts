import "server-only";
import { NextResponse } from "next/server";

export function jsonError(status: number, error: string, message: string, extra?: Record<string, unknown>) {
  return NextResponse.json({ error, message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Reads a JSON body of at most `maxBytes`; returns undefined for anything that is not JSON. */
export async function readJsonBody(request: Request, maxBytes = 16_384): Promise<{ ok: true; body: unknown } | { ok: false; status: 400 | 413 | 415 }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) return { ok: false, status: 415 };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, status: 413 };
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, status: 413 };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400 };
  }
}
