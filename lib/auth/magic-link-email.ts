import "server-only";
import { getDb } from "@/lib/db/client";
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

function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

function magicLinkEmail(to: string, url: string, expires: Date): EmailMessage {
  const hours = Math.max(1, Math.round((expires.getTime() - Date.now()) / 3_600_000));
  const host = new URL(url).host;
  return {
    to,
    subject: `Sign in to ${host}`,
    html: `<!doctype html><html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:600px;margin:0 auto;padding:16px">
<p style="margin:0 0 16px">Open this link to sign in to the organizers' pages: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>
<p style="margin:0 0 16px">It works once, for ${hours} hours. If you did not ask to sign in, ignore this email.</p>
</body></html>`,
    text: [
      "Open this link to sign in to the organizers' pages:",
      url,
      "",
      `It works once, for ${hours} hours. If you did not ask to sign in, ignore this email.`,
    ].join("\n"),
  };
}
