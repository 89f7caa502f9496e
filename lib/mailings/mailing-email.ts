import { emailLayout, emailLink, escapeHtml } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";

// An update to the signers of a campaign (issue #3), as it reaches each of them. The organizer
// writes plain text; blank lines separate paragraphs. Every update carries the RFC 8058 one-click
// List-Unsubscribe headers and a visible unsubscribe link.

export type MailingEmailContext = {
  to: string;
  fullName: string;
  campaignTitle: string;
  campaignUrl: string;
  subject: string;
  body: string;
  unsubscribe: { page: string; oneClick: string };
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
  const paragraphs = paragraphsOf(ctx.body);
  const title = escapeHtml(ctx.campaignTitle);
  const footer = (text: string) => `<span style="font-size:14px;color:#505a5f">${text}</span>`;
  return {
    to: ctx.to,
    subject: ctx.subject,
    html: emailLayout([
      `Dear ${escapeHtml(ctx.fullName)},`,
      ...paragraphs.map(paragraphHtml),
      footer(`You receive this update because you signed <a href="${escapeHtml(ctx.campaignUrl)}">${title}</a> and asked to hear how it goes.`),
      footer(`To receive no further updates from this campaign, unsubscribe: ${emailLink(ctx.unsubscribe.page)}`),
    ]),
    text: [
      `Dear ${ctx.fullName},`,
      "",
      ...paragraphs.flatMap((paragraph) => [paragraph, ""]),
      "--",
      `You receive this update because you signed "${ctx.campaignTitle}" (${ctx.campaignUrl}) and asked to hear how it goes.`,
      "To receive no further updates from this campaign, unsubscribe:",
      ctx.unsubscribe.page,
    ].join("\n"),
    headers: {
      "List-Unsubscribe": `<${ctx.unsubscribe.oneClick}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
