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

export type SendResult = { ok: true; providerMessageId: string | null } | { ok: false; error: string };

let resend: Resend | undefined;

/**
 * Sends one message through Resend (the SDK reads RESEND_BASE_URL, which tests point at a local
 * fake), or, without RESEND_API_KEY, files it in the development mailbox.
 * `idempotencyKey` makes a retry after an unrecorded success harmless.
 */
export async function sendEmail(message: EmailMessage, idempotencyKey: string): Promise<SendResult> {
  const env = getEnv();
  if (!env.RESEND_API_KEY) {
    const [row] = await getDb()
      .insert(devMailbox)
      .values({ to: message.to, from: env.EMAIL_FROM, subject: message.subject, html: message.html, text: message.text })
      .returning({ id: devMailbox.id });
    return { ok: true, providerMessageId: row.id };
  }
  resend ??= new Resend(env.RESEND_API_KEY, { baseUrl: env.RESEND_BASE_URL });
  try {
    const { data, error } = await resend.emails.send(
      { from: env.EMAIL_FROM, ...message },
      { idempotencyKey },
    );
    if (error) return { ok: false, error: `${error.name}: ${error.message}` };
    return { ok: true, providerMessageId: data?.id ?? null };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
