import type { EmailMessage } from "@/lib/email/mailer";

export function organizerInvitationEmail(to: string, signInUrl: string): EmailMessage {
  const safeUrl = signInUrl.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  return {
    to,
    subject: "You are invited to organize campaigns",
    html: `<!doctype html><html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:600px;margin:0 auto;padding:16px">
<p style="margin:0 0 16px">An admin invited you to organize campaigns. Sign in with this email address, without a password: <a href="${safeUrl}">${safeUrl}</a></p>
<p style="margin:0 0 16px">If you do not know why you got this, ignore it.</p>
</body></html>`,
    text: [
      "An admin invited you to organize campaigns. Sign in with this email address, without a password:",
      signInUrl,
      "",
      "If you do not know why you got this, ignore it.",
    ].join("\n"),
  };
}
