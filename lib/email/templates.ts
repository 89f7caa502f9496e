import { emailLayout, emailLink, escapeHtml } from "./html";
import type { EmailMessage } from "./mailer";

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

/**
 * A message queued as its template's name and inputs, rendered when it is sent: the signing path
 * queues one per signature, and the inputs are a fraction of the rendered HTML and text (less to
 * encrypt, and a row small enough for PostgreSQL to keep inline instead of in TOAST).
 */
export type TemplatedEmail = { template: "confirm-signature"; context: ConfirmSignatureContext };

export function renderTemplatedEmail(email: TemplatedEmail): EmailMessage {
  switch (email.template) {
    case "confirm-signature":
      return confirmSignatureEmail(email.context);
  }
}

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
