import "server-only";
import { Resend } from "resend";
import { getDb } from "@/lib/db/client";
import { devMailbox } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";

export type EmailMessage = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
};

/** Resend's limit for one batch request. */
export const MAX_BATCH_SIZE = 100;

export type BatchResult =
  /** The request went through; each message was accepted or refused on its own. */
  | { ok: true; results: ({ ok: true; providerMessageId: string | null } | { ok: false; error: string })[] }
  /** Nothing was sent. `keyReused`: the key was already used for a different set of messages. */
  | { ok: false; error: string; keyReused: boolean };

let resend: Resend | undefined;

/**
 * Sends up to MAX_BATCH_SIZE messages in one request through Resend's batch API (the SDK reads
 * RESEND_BASE_URL, which tests point at a local fake), or, without RESEND_API_KEY, files them in
 * the development mailbox. One request per batch keeps a surge of confirmations inside Resend's
 * request rate limit, and the idempotency key makes a retry after an unrecorded success harmless.
 * Permissive validation: one refused address does not hold back the others.
 */
export async function sendEmailBatch(messages: EmailMessage[], idempotencyKey: string): Promise<BatchResult> {
  const env = getEnv();
  if (!env.RESEND_API_KEY) {
    const rows = await getDb()
      .insert(devMailbox)
      .values(messages.map((m) => ({ to: m.to, from: env.EMAIL_FROM, subject: m.subject, html: m.html, text: withHeaders(m) })))
      .returning({ id: devMailbox.id });
    return { ok: true, results: rows.map((row) => ({ ok: true, providerMessageId: row.id })) };
  }
  resend ??= new Resend(env.RESEND_API_KEY, { baseUrl: env.RESEND_BASE_URL });
  try {
    const { data, error } = await resend.batch.send(
      messages.map((message) => ({ from: env.EMAIL_FROM, ...message })),
      { idempotencyKey, batchValidation: "permissive" },
    );
    if (error) {
      return { ok: false, error: `${error.name}: ${error.message}`, keyReused: error.name === "invalid_idempotent_request" };
    }
    // Permissive mode lists accepted messages in order and refused ones by index.
    const refused = new Map((data?.errors ?? []).map((e) => [e.index, e.message]));
    const accepted = [...(data?.data ?? [])];
    const results = messages.map((_, index) =>
      refused.has(index)
        ? { ok: false as const, error: refused.get(index)! }
        : { ok: true as const, providerMessageId: accepted.shift()?.id ?? null },
    );
    return { ok: true, results };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), keyReused: false };
  }
}

// The development mailbox has no column for headers: they are shown after the text part, so a
// developer can see (and try) an update's List-Unsubscribe address.
function withHeaders(message: EmailMessage): string {
  const headers = Object.entries(message.headers ?? {});
  if (headers.length === 0) return message.text;
  return [message.text, "", "-- Headers (development mailbox only) --", ...headers.map(([name, value]) => `${name}: ${value}`)].join("\n");
}
