import { emailLayout, emailLink, escapeHtml } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";
import { registerEmailTemplate } from "@/lib/email/templates";

// The emails to a signer about their signature. Plain, accessible emails: a text part for every
// HTML part, and links spelled out in full.

export type SignerEmailContext = {
  to: string;
  fullName: string;
  campaignTitle: string;
  campaignUrl: string;
  withdrawUrl: string;
};

export type ConfirmSignatureContext = SignerEmailContext & { confirmUrl: string; expiresInDays: number };

export function confirmSignatureEmail(ctx: ConfirmSignatureContext): EmailMessage {
  const name = escapeHtml(ctx.fullName);
  const title = escapeHtml(ctx.campaignTitle);
  return {
    to: ctx.to,
    subject: `Confirm your signature: ${ctx.campaignTitle}`,
    html: emailLayout(
      [
        `Dear ${name},`,
        `Thank you for signing <strong>${title}</strong>. Your signature counts once you confirm it.`,
        `Open this link and press “Confirm my signature”: ${emailLink(ctx.confirmUrl)}`,
        `The link works for ${ctx.expiresInDays} days. If you did not sign, ignore this email and nothing will be counted.`,
        `Changed your mind later? Withdraw your signature at any time: ${emailLink(ctx.withdrawUrl)}`,
      ],
      { label: "Confirm my signature", url: ctx.confirmUrl },
    ),
    text: [
      `Dear ${ctx.fullName},`,
      "",
      `Thank you for signing "${ctx.campaignTitle}". Your signature counts once you confirm it.`,
      "",
      `Open this link and press "Confirm my signature":`,
      ctx.confirmUrl,
      "",
      `The link works for ${ctx.expiresInDays} days. If you did not sign, ignore this email and nothing will be counted.`,
      "",
      "Changed your mind later? Withdraw your signature at any time:",
      ctx.withdrawUrl,
    ].join("\n"),
  };
}

/** The confirmation as the outbox queues it: its inputs, rendered when sent (lib/email/templates.ts). */
export const queuedConfirmSignatureEmail = registerEmailTemplate("confirm-signature", confirmSignatureEmail);

const ALREADY_COUNTED = "Your signature is already confirmed and counted once; nothing has changed.";
// Moderators set aside (invalidated) a batch of signatures this one was in: say so plainly.
const SET_ASIDE =
  "Your signature is not counted: the campaign's moderators set it aside, with a group of signatures they judged suspect. Nothing has changed; you may withdraw it, which deletes your details.";

export function alreadySignedEmail(ctx: SignerEmailContext & { setAside?: boolean }): EmailMessage {
  const title = escapeHtml(ctx.campaignTitle);
  const status = ctx.setAside ? SET_ASIDE : ALREADY_COUNTED;
  return {
    to: ctx.to,
    subject: `You have already signed: ${ctx.campaignTitle}`,
    html: emailLayout([
      `Dear ${escapeHtml(ctx.fullName)},`,
      `Someone, probably you, tried to sign <strong>${title}</strong> again with this email address. ${escapeHtml(status)}`,
      `See the campaign: ${emailLink(ctx.campaignUrl)}`,
      `To withdraw your signature: ${emailLink(ctx.withdrawUrl)}`,
    ]),
    text: [
      `Dear ${ctx.fullName},`,
      "",
      `Someone, probably you, tried to sign "${ctx.campaignTitle}" again with this email address. ${status}`,
      "",
      `See the campaign: ${ctx.campaignUrl}`,
      `To withdraw your signature: ${ctx.withdrawUrl}`,
    ].join("\n"),
  };
}
