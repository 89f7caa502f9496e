import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaignMailings, signatures, type CampaignMailing } from "@/lib/db/schema";

// Server-only reads for the "Updates to signers" pages. They do not authorize: page-data.ts and
// commands.ts decide who may call them. Never a signer's address.

export type MailingProgress = { queued: number; sent: number; skipped: number; failed: number };

export type MailingListItem = Pick<CampaignMailing, "id" | "subject" | "status" | "createdAt" | "sendRequestedAt" | "completedAt" | "recipients"> & {
  progress: MailingProgress;
};

const EMPTY_PROGRESS: MailingProgress = { queued: 0, sent: 0, skipped: 0, failed: 0 };

export async function listMailings(campaignId: string): Promise<MailingListItem[]> {
  const mailings = await getDb()
    .select({
      id: campaignMailings.id,
      subject: campaignMailings.subject,
      status: campaignMailings.status,
      createdAt: campaignMailings.createdAt,
      sendRequestedAt: campaignMailings.sendRequestedAt,
      completedAt: campaignMailings.completedAt,
      recipients: campaignMailings.recipients,
    })
    .from(campaignMailings)
    .where(eq(campaignMailings.campaignId, campaignId))
    .orderBy(desc(campaignMailings.createdAt), desc(campaignMailings.id));
  const progress = await getMailingProgress(mailings.filter((m) => m.status !== "draft").map((m) => m.id));
  return mailings.map((mailing) => ({ ...mailing, progress: progress.get(mailing.id) ?? EMPTY_PROGRESS }));
}

export async function findMailing(campaignId: string, mailingId: string): Promise<CampaignMailing | null> {
  const [mailing] = await getDb()
    .select()
    .from(campaignMailings)
    .where(and(eq(campaignMailings.id, mailingId), eq(campaignMailings.campaignId, campaignId)))
    .limit(1);
  return mailing ?? null;
}

/**
 * Where each queued mailing stands, from its outbox rows: waiting, delivered to the provider,
 * skipped at send time (unsubscribed or set aside since it was queued), or refused.
 */
export async function getMailingProgress(mailingIds: string[]): Promise<Map<string, MailingProgress>> {
  if (mailingIds.length === 0) return new Map();
  const rows = (await getDb().execute(sql`
    select mailing_id,
           count(*) filter (where status = 'pending')::int as queued,
           count(*) filter (where status = 'sent' and coalesce(last_error, '') not like 'skipped:%')::int as sent,
           count(*) filter (where status = 'sent' and last_error like 'skipped:%')::int as skipped,
           count(*) filter (where status = 'failed')::int as failed
      from email_outbox
     where mailing_id in (${sql.join(
       mailingIds.map((id) => sql`${id}::uuid`),
       sql`, `,
     )})
     group by mailing_id`)) as unknown as ({ mailing_id: string } & MailingProgress)[];
  return new Map(rows.map(({ mailing_id, ...progress }) => [mailing_id, progress]));
}

/** Who a mailing sent now would reach: confirmed signers who asked for updates. */
export async function countRecipients(campaignId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)::int` })
    .from(signatures)
    .where(and(eq(signatures.campaignId, campaignId), eq(signatures.status, "confirmed"), eq(signatures.optInUpdates, true)));
  return row?.n ?? 0;
}
