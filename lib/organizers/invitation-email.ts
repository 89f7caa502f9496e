import { emailLayout, emailLink } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";

export function organizerInvitationEmail(to: string, signInUrl: string): EmailMessage {
  return {
    to,
    subject: "You are invited to organize campaigns",
    html: emailLayout([
      `An admin invited you to organize campaigns. Sign in with this email address, without a password: ${emailLink(signInUrl)}`,
      "If you do not know why you got this, ignore it.",
    ]),
    text: [
      "An admin invited you to organize campaigns. Sign in with this email address, without a password:",
      signInUrl,
      "",
      "If you do not know why you got this, ignore it.",
    ].join("\n"),
  };
}
