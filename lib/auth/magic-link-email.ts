import "server-only";
import { getDb } from "@/lib/db/client";
import { emailLayout, emailLink } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
import { getEnv } from "@/lib/env";

// Magic links go through the app's outbox like every other email: the Resend SDK (which honours
// RESEND_BASE_URL, unlike Auth.js's Resend provider) or the development mailbox. The outbox stores
// the message encrypted and retries while Resend is down; requestOutboxDrain sends it at once.

export async function sendMagicLink({ identifier, url, expires }: { identifier: string; url: string; expires: Date }) {
  const link = onPublicOrigin(url);
  await enqueueEmail(getDb(), { kind: "sign-in-link", signatureId: null, message: magicLinkEmail(identifier, link, expires) });
  requestOutboxDrain();
}

// The link carries APP_URL's origin, like confirmation links, whatever Host header the request
// had: a forged Host cannot make the app mail out a sign-in link to someone else's server.
function onPublicOrigin(url: string): string {
  const link = new URL(url);
  return new URL(`${link.pathname}${link.search}`, new URL(getEnv().APP_URL).origin).toString();
}

export function magicLinkEmail(to: string, url: string, expires: Date): EmailMessage {
  const hours = Math.max(1, Math.round((expires.getTime() - Date.now()) / 3_600_000));
  const host = new URL(url).host;
  return {
    to,
    subject: `Sign in to ${host}`,
    html: emailLayout([
      `Open this link to sign in to the organizers' pages: ${emailLink(url)}`,
      `It works once, for ${hours} hours. If you did not ask to sign in, ignore this email.`,
    ]),
    text: [
      "Open this link to sign in to the organizers' pages:",
      url,
      "",
      `It works once, for ${hours} hours. If you did not ask to sign in, ignore this email.`,
    ].join("\n"),
  };
}
