import "server-only";
import type { EmailMessage } from "@/lib/email/mailer";
import { mailingEmail } from "./mailing-email";
import { SAMPLE_UNSUBSCRIBE_TOKEN, unsubscribeUrls } from "./unsubscribe-token";
import { getEnv } from "@/lib/env";

// The preview and the test email are the signers' email itself, from the same template, with a
// placeholder for the name and a sample unsubscribe link that unsubscribes nobody.

const SAMPLE_SIGNER_NAME = "[signer's name]";
const SAMPLE_RECIPIENT = "signer@example.org";

type Content = { subject: string; body: string };
type CampaignRef = { slug: string; title: string };

export function renderMailingPreview(mailing: Content, campaign: CampaignRef, to = SAMPLE_RECIPIENT): EmailMessage {
  return mailingEmail({
    to,
    fullName: SAMPLE_SIGNER_NAME,
    campaignTitle: campaign.title,
    campaignUrl: `${new URL(getEnv().APP_URL).origin}/campaigns/${campaign.slug}`,
    subject: mailing.subject,
    body: mailing.body,
    unsubscribe: unsubscribeUrls(SAMPLE_UNSUBSCRIBE_TOKEN),
  });
}

/** The test email to an organizer: the preview, marked as a test in its subject. */
export function renderTestMailing(mailing: Content, campaign: CampaignRef, to: string): EmailMessage {
  const message = renderMailingPreview(mailing, campaign, to);
  return { ...message, subject: `[Test] ${message.subject}` };
}
