import "server-only";
import type { EmailMessage } from "@/lib/email/mailer";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, type Locale, localePath } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { mailingEmail } from "./mailing-email";
import { SAMPLE_UNSUBSCRIBE_TOKEN, unsubscribeUrls } from "./unsubscribe-token";

// The preview and the test email are the signers' email itself, from the same template, with a
// placeholder for the name and a sample unsubscribe link that unsubscribes nobody. They are shown
// in the organizer's language: signers each get the frame in theirs.

const SAMPLE_RECIPIENT = "signer@example.org";

type Content = { subject: string; body: string };
type CampaignRef = { slug: string; title: string };

const known = (locale: string | undefined): Locale => (locale && isLocale(locale) ? locale : DEFAULT_LOCALE);

export function renderMailingPreview(mailing: Content, campaign: CampaignRef, to = SAMPLE_RECIPIENT, language?: string): EmailMessage {
  const locale = known(language);
  return mailingEmail({
    to,
    fullName: translatorFor(locale)("editor.mailingEmail.sampleName"),
    campaignTitle: campaign.title,
    campaignUrl: `${new URL(getEnv().APP_URL).origin}${localePath(locale, `/campaigns/${campaign.slug}`)}`,
    subject: mailing.subject,
    body: mailing.body,
    unsubscribe: unsubscribeUrls(SAMPLE_UNSUBSCRIBE_TOKEN, locale),
    locale,
  });
}

/** The test email to an organizer: the preview, marked as a test in its subject. */
export function renderTestMailing(mailing: Content, campaign: CampaignRef, to: string, language?: string): EmailMessage {
  const locale = known(language);
  const message = renderMailingPreview(mailing, campaign, to, locale);
  return { ...message, subject: translatorFor(locale)("editor.mailingEmail.testSubject", { subject: message.subject }) };
}
