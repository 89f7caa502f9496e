import { emailLayout, emailLink, escapeHtml } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";
import { translatorFor } from "@/lib/i18n/translator";
import { directionOf, type Locale } from "@/lib/i18n/routing";

// The email with a "Manage my signatures" link (issue #13), in the language of the page it was
// asked from. It goes only to the address typed, and only when that address signed something.

export type ManageLinkEmail = { to: string; url: string; validMinutes: number; locale: Locale };

export function manageLinkEmail({ to, url, validMinutes, locale }: ManageLinkEmail): EmailMessage {
  // The catalogs are untyped JSON, so the translator's keys are plain strings here.
  const t = translatorFor(locale) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const intro = t("signing.manage.email.intro");
  const open = t("signing.manage.email.open");
  const validity = t("signing.manage.email.validity", { minutes: validMinutes });
  const ignore = t("signing.manage.email.ignore");
  const button = t("signing.manage.email.button");
  return {
    to,
    subject: t("signing.manage.email.subject"),
    // The link reads left to right inside a Persian email too, on a line of its own, broken
    // anywhere: its 43-character token would otherwise run past a phone's screen.
    html: emailLayout(
      [
        escapeHtml(intro),
        escapeHtml(open),
        `<span dir="ltr" style="word-break:break-all">${emailLink(url)}</span>`,
        escapeHtml(validity),
        escapeHtml(ignore),
      ],
      { label: button, url },
      { lang: locale, dir: directionOf(locale) },
    ),
    text: [intro, "", open, url, "", validity, "", ignore].join("\n"),
  };
}
