import { emailLayout, emailLink, escapeHtml } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";
import { registerEmailTemplate } from "@/lib/email/templates";
import { translatorFor } from "@/lib/i18n/translator";
import { formatterFor } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, directionOf, isLocale, type Locale, localePath } from "@/lib/i18n/routing";

// The emails to a signer about their signature. Plain, accessible emails: a text part for every
// HTML part, and links spelled out in full. Each is written in the language the signer signed in
// (issue #12); its links already carry that language's prefix (lib/signing/mutations.ts).

export type SignerEmailContext = {
  to: string;
  fullName: string;
  campaignTitle: string;
  campaignUrl: string;
  withdrawUrl: string;
  /** The campaign's privacy page; absent from emails queued before it existed. */
  privacyUrl?: string;
  /** The signature's language; absent from emails queued before signatures had one: English. */
  locale?: Locale;
};

export type ConfirmSignatureContext = SignerEmailContext & {
  confirmUrl: string;
  expiresInDays: number;
  /** The signature came without consent (OSDI, issue #13): the confirmation page will ask for it. */
  consentAtConfirmation?: boolean;
};

type Values = Record<string, string | number>;
/** The root translator's calls used here. (translatorFor's own type takes no key: its catalogs are typed loosely.) */
type Translate = {
  (key: string, values?: Values): string;
  markup(key: string, values: Record<string, string | number | ((chunks: string[]) => string)>): string;
};

/** The translator, and the helpers that put a signer's name and a campaign's title into both parts. */
function writer(locale: string | undefined) {
  const known: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = translatorFor(known) as unknown as Translate;
  const rtl = directionOf(known) === "rtl";
  // Names and titles in Latin script inside Persian text: isolated, so they read in their own direction.
  const isolate = (html: string) => (rtl ? `<bdi>${html}</bdi>` : html);
  // A tag's content comes as its parts (text and values), joined here.
  const tags = {
    html: { strong: (chunks: string[]) => `<strong>${isolate(chunks.join(""))}</strong>` },
    text: { strong: (chunks: string[]) => t("signing.email.quoteText", { text: chunks.join("") }) },
  };
  return { known, t, isolate, tags, layout: { lang: known, dir: directionOf(known) } as const };
}

export function confirmSignatureEmail(ctx: ConfirmSignatureContext): EmailMessage {
  const { t, isolate, tags, layout } = writer(ctx.locale);
  const name = isolate(escapeHtml(ctx.fullName));
  const title = escapeHtml(ctx.campaignTitle);
  const buttonLabel = t("signing.confirm.button");
  const expires = t("signing.email.confirm.expires", { days: ctx.expiresInDays });
  const withdrawLater = t("signing.email.confirm.withdrawLater");
  const consentAsked = ctx.consentAtConfirmation ? t("signing.email.confirm.consentAsked") : null;
  const privacy = t("signing.email.privacy");
  return {
    to: ctx.to,
    subject: t("signing.email.confirm.subject", { title: ctx.campaignTitle }),
    html: emailLayout(
      [
        t("signing.email.greeting", { name }),
        t.markup("signing.email.confirm.thanks", { title, ...tags.html }),
        `${t("signing.email.confirm.openLink", { button: escapeHtml(t("signing.email.quoteHtml", { text: buttonLabel })) })} ${emailLink(ctx.confirmUrl)}`,
        ...(consentAsked ? [escapeHtml(consentAsked)] : []),
        escapeHtml(expires),
        `${escapeHtml(withdrawLater)} ${emailLink(ctx.withdrawUrl)}`,
        ...(ctx.privacyUrl ? [`${escapeHtml(privacy)} ${emailLink(ctx.privacyUrl)}`] : []),
      ],
      { label: buttonLabel, url: ctx.confirmUrl },
      layout,
    ),
    text: [
      t("signing.email.greeting", { name: ctx.fullName }),
      "",
      t.markup("signing.email.confirm.thanks", { title: ctx.campaignTitle, ...tags.text }),
      "",
      t("signing.email.confirm.openLink", { button: t("signing.email.quoteText", { text: buttonLabel }) }),
      ctx.confirmUrl,
      "",
      ...(consentAsked ? [consentAsked, ""] : []),
      expires,
      "",
      withdrawLater,
      ctx.withdrawUrl,
      ...(ctx.privacyUrl ? ["", privacy, ctx.privacyUrl] : []),
    ].join("\n"),
  };
}

/** The confirmation as the outbox queues it: its inputs (the language among them), rendered when sent (lib/email/templates.ts). */
export const queuedConfirmSignatureEmail = registerEmailTemplate("confirm-signature", confirmSignatureEmail);

export function alreadySignedEmail(ctx: SignerEmailContext & { setAside?: boolean }): EmailMessage {
  const { t, isolate, tags, layout } = writer(ctx.locale);
  const title = escapeHtml(ctx.campaignTitle);
  // Moderators set aside (invalidated) a batch of signatures this one was in: say so plainly.
  const status = t(ctx.setAside ? "signing.email.already.setAside" : "signing.email.already.counted");
  const seeCampaign = t("signing.email.already.seeCampaign");
  const toWithdraw = t("signing.email.already.toWithdraw");
  // Every signature made with the address, on the same site as the campaign (issue #13).
  const manage = t("signing.manage.emailFooter");
  const manageUrl = `${new URL(ctx.campaignUrl).origin}${localePath(layout.lang, "/signatures/manage")}`;
  return {
    to: ctx.to,
    subject: t("signing.email.already.subject", { title: ctx.campaignTitle }),
    html: emailLayout(
      [
        t("signing.email.greeting", { name: isolate(escapeHtml(ctx.fullName)) }),
        `${t.markup("signing.email.already.tried", { title, ...tags.html })} ${escapeHtml(status)}`,
        `${escapeHtml(seeCampaign)} ${emailLink(ctx.campaignUrl)}`,
        `${escapeHtml(toWithdraw)} ${emailLink(ctx.withdrawUrl)}`,
        `${escapeHtml(manage)} ${emailLink(manageUrl)}`,
      ],
      undefined,
      layout,
    ),
    text: [
      t("signing.email.greeting", { name: ctx.fullName }),
      "",
      `${t.markup("signing.email.already.tried", { title: ctx.campaignTitle, ...tags.text })} ${status}`,
      "",
      `${seeCampaign} ${ctx.campaignUrl}`,
      `${toWithdraw} ${ctx.withdrawUrl}`,
      `${manage} ${manageUrl}`,
    ].join("\n"),
  };
}

/** The one reminder (issue #13): a fresh confirmation link; the first email's keeps working too. */
export type ConfirmReminderContext = Omit<SignerEmailContext, "withdrawUrl"> & { confirmUrl: string; expiresAt: string };

function confirmReminderEmail(ctx: ConfirmReminderContext): EmailMessage {
  const { known, t, isolate, tags, layout } = writer(ctx.locale);
  const buttonLabel = t("signing.confirm.button");
  // Until the day the link expires, when an unconfirmed signature is deleted (lib/privacy/unconfirmed.ts).
  const until = t("signing.email.reminder.until", { date: formatterFor(known).date(new Date(ctx.expiresAt), "long") });
  const ignore = t("signing.email.reminder.ignore");
  return {
    to: ctx.to,
    subject: t("signing.email.reminder.subject", { title: ctx.campaignTitle }),
    html: emailLayout(
      [
        t("signing.email.greeting", { name: isolate(escapeHtml(ctx.fullName)) }),
        t.markup("signing.email.reminder.notYet", { title: escapeHtml(ctx.campaignTitle), ...tags.html }),
        `${t("signing.email.confirm.openLink", { button: escapeHtml(t("signing.email.quoteHtml", { text: buttonLabel })) })} ${emailLink(ctx.confirmUrl)}`,
        escapeHtml(until),
        escapeHtml(ignore),
      ],
      { label: buttonLabel, url: ctx.confirmUrl },
      layout,
    ),
    text: [
      t("signing.email.greeting", { name: ctx.fullName }),
      "",
      t.markup("signing.email.reminder.notYet", { title: ctx.campaignTitle, ...tags.text }),
      "",
      t("signing.email.confirm.openLink", { button: t("signing.email.quoteText", { text: buttonLabel }) }),
      ctx.confirmUrl,
      "",
      until,
      "",
      ignore,
    ].join("\n"),
  };
}

export const queuedConfirmReminderEmail = registerEmailTemplate("confirm-reminder", confirmReminderEmail);
