import "server-only";
import { z } from "zod";
import type { CampaignMailing } from "@/lib/db/schema";
import type { EmailMessage } from "@/lib/email/mailer";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type Guarded } from "@/lib/access/guard";
import { renderMailingPreview } from "./preview";
import { countRecipients, findMailing, getMailingProgress, listMailings, type MailingListItem, type MailingProgress } from "./queries";

// The data of the "Updates to signers" pages, with their authorization inside: anyone on the
// campaign's team (and admins) sees them; `canEdit` says whether the forms are shown.

type CampaignRef = { id: string; slug: string; title: string; status: string };

export type MailingsPage = { campaign: CampaignRef; canEdit: boolean; mailings: MailingListItem[]; recipients: number };

async function viewableCampaign(caller: Caller, slug: string): Promise<Guarded<{ campaign: CampaignRef; canEdit: boolean }>> {
  const found = await guardCampaign(caller, slug, "view");
  if (!found.ok) return found;
  const { campaign, access } = found.value;
  return allow({ campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title, status: campaign.status }, canEdit: access.edit });
}

export async function loadMailingsPage(caller: Caller, slug: string): Promise<Guarded<MailingsPage>> {
  const found = await viewableCampaign(caller, slug);
  if (!found.ok) return found;
  const { campaign, canEdit } = found.value;
  const [mailings, recipients] = await Promise.all([listMailings(campaign.id), countRecipients(campaign.id)]);
  return allow({ campaign, canEdit, mailings, recipients });
}

export type MailingPage = {
  campaign: CampaignRef;
  canEdit: boolean;
  mailing: Pick<CampaignMailing, "id" | "subject" | "body" | "status" | "createdAt" | "sendRequestedAt" | "completedAt" | "recipients">;
  /** The email exactly as a signer gets it, with a placeholder name and a sample unsubscribe link. */
  preview: EmailMessage;
  progress: MailingProgress | null;
  /** Who "Send" would reach now. */
  recipients: number;
};

/** `locale`: the organizer's, which the preview's frame is shown in. */
export async function loadMailingPage(caller: Caller, slug: string, mailingId: string, locale?: string): Promise<Guarded<MailingPage>> {
  const found = await viewableCampaign(caller, slug);
  if (!found.ok) return found;
  const { campaign, canEdit } = found.value;
  if (!z.guid().safeParse(mailingId).success) return refuse("not-found");
  const mailing = await findMailing(campaign.id, mailingId);
  if (!mailing) return refuse("not-found");
  const [progress, recipients] = await Promise.all([
    mailing.status === "draft" ? Promise.resolve(null) : getMailingProgress([mailing.id]).then((map) => map.get(mailing.id) ?? null),
    countRecipients(campaign.id),
  ]);
  const { id, subject, body, status, createdAt, sendRequestedAt, completedAt } = mailing;
  return allow({
    campaign,
    canEdit,
    mailing: { id, subject, body, status, createdAt, sendRequestedAt, completedAt, recipients: mailing.recipients },
    preview: renderMailingPreview(mailing, campaign, undefined, locale),
    progress,
    recipients,
  });
}
