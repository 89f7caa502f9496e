import { emailLayout, emailLink, escapeHtml } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";
import { DEFAULT_LOCALE, directionOf, isLocale, type Locale, localePath } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";

// An update to the signers of a campaign (issue #3), as it reaches each of them. The organizer
// writes plain text; blank lines separate paragraphs. Every update carries the RFC 8058 one-click
// List-Unsubscribe headers and a visible unsubscribe link. The frame around the organizer's text
// (the greeting, why they receive it, how to stop) is in the signer's language (issue #12); the
// organizer's subject and text are as written.

export type MailingEmailContext = {
  to: string;
  fullName: string;
  campaignTitle: string;
  campaignUrl: string;
  subject: string;
  body: string;
  unsubscribe: { page: string; oneClick: string };
  /** The signer's language (signatures.locale); English when unknown. */
  locale?: string;
};

/** The paragraphs of a plain-text message: blank lines split them, line breaks inside are kept. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ""))
    .filter((paragraph) => paragraph.trim().length > 0);
}

// Addresses in the message become links; everything else is escaped text.
function paragraphHtml(paragraph: string): string {
  return paragraph
    .split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g)
    .map((part, index) => (index % 2 === 1 ? emailLink(part) : escapeHtml(part)))
    .join("")
    .replaceAll("\n", "<br>");
}

export function mailingEmail(ctx: MailingEmailContext): EmailMessage {
  const locale: Locale = ctx.locale && isLocale(ctx.locale) ? ctx.locale : DEFAULT_LOCALE;
  const t = translatorFor(locale);
  const paragraphs = paragraphsOf(ctx.body);
  // "Manage my signatures" (issue #13), on the same site as the campaign, in the signer's language.
  const manageUrl = `${new URL(ctx.campaignUrl).origin}${localePath(locale, "/signatures/manage")}`;
  const footer = (text: string) => `<span style="font-size:14px;color:#505a5f">${text}</span>`;
  // The sentence is escaped whole, then the campaign's title (escaped too) becomes its link.
  const TITLE = "\u0000title\u0000";
  const becauseHtml = escapeHtml(t("editor.mailingEmail.becauseHtml", { title: TITLE })).replace(
    TITLE,
    `<a href="${escapeHtml(ctx.campaignUrl)}">${escapeHtml(ctx.campaignTitle)}</a>`,
  );
  return {
    to: ctx.to,
    subject: ctx.subject,
    html: emailLayout(
      [
        escapeHtml(t("editor.mailingEmail.dear", { name: ctx.fullName })),
        ...paragraphs.map(paragraphHtml),
        footer(becauseHtml),
        footer(`${escapeHtml(t("editor.mailingEmail.unsubscribe"))} ${emailLink(ctx.unsubscribe.page)}`),
        footer(`${escapeHtml(t("signing.manage.emailFooter"))} ${emailLink(manageUrl)}`),
      ],
      undefined,
      { lang: locale, dir: directionOf(locale) },
    ),
    text: [
      t("editor.mailingEmail.dear", { name: ctx.fullName }),
      "",
      ...paragraphs.flatMap((paragraph) => [paragraph, ""]),
      "--",
      t("editor.mailingEmail.becauseText", { title: ctx.campaignTitle, url: ctx.campaignUrl }),
      t("editor.mailingEmail.unsubscribe"),
      ctx.unsubscribe.page,
      t("signing.manage.emailFooter"),
      manageUrl,
    ].join("\n"),
    headers: {
      "List-Unsubscribe": `<${ctx.unsubscribe.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
