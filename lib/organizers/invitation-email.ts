import { emailLayout, emailLink } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";
import { translatorFor } from "@/lib/i18n/translator";

/** In the language of the page the admin invited from (English when not known). */
export function organizerInvitationEmail(to: string, signInUrl: string, locale = "en"): EmailMessage {
  const t = translatorFor(locale);
  const body = t("organizer.invitationEmail.body");
  const ignore = t("organizer.invitationEmail.ignore");
  return {
    to,
    subject: t("organizer.invitationEmail.subject"),
    html: emailLayout([`${body} ${emailLink(signInUrl)}`, ignore]),
    text: [body, signInUrl, "", ignore].join("\n"),
  };
}
