import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { EmailMessage } from "./mailer";
import { mailingEmail } from "./mailing-template";
import { unsubscribeToken, unsubscribeUrls } from "./unsubscribe-token";

// The outbox rows of an update to signers hold no message (payload is null): addresses are not
// copied a million times, and a signer who unsubscribes, withdraws or is set aside by moderation
// after the update was queued is not sent it. Each row is rendered here, when its batch goes out,
// from the mailing and the signature.

export type RenderedMailing = { message: EmailMessage } | { skip: string };

type Row = {
  id: string;
  signature_id: string;
  email: string;
  full_name: string;
  signature_status: string;
  opt_in_updates: boolean;
  subject: string;
  body: string;
  campaign_title: string;
  campaign_slug: string;
};

const SKIPPED_UNSUBSCRIBED = "skipped: unsubscribed";
const SKIPPED_NOT_CONFIRMED = "skipped: signature no longer confirmed";

/** Renders the given outbox rows of mailings; rows not in the answer no longer have their signature or mailing. */
export async function renderQueuedMailings(outboxIds: string[]): Promise<Map<string, RenderedMailing>> {
  if (outboxIds.length === 0) return new Map();
  const rows = (await getDb().execute(sql`
    select o.id, s.id as signature_id, s.email, s.full_name, s.status as signature_status, s.opt_in_updates,
           m.subject, m.body, c.title as campaign_title, c.slug as campaign_slug
      from email_outbox o
      join campaign_mailings m on m.id = o.mailing_id
      join campaigns c on c.id = m.campaign_id
      join signatures s on s.id = o.signature_id and s.campaign_id = m.campaign_id
     where o.id in (${sql.join(
       outboxIds.map((id) => sql`${id}::uuid`),
       sql`, `,
     )})`)) as unknown as Row[];
  const origin = new URL(getEnv().APP_URL).origin;
  return new Map(
    rows.map((row): [string, RenderedMailing] => {
      if (row.signature_status !== "confirmed") return [row.id, { skip: SKIPPED_NOT_CONFIRMED }];
      if (!row.opt_in_updates) return [row.id, { skip: SKIPPED_UNSUBSCRIBED }];
      const message = mailingEmail({
        to: row.email,
        fullName: row.full_name,
        campaignTitle: row.campaign_title,
        campaignUrl: `${origin}/campaigns/${row.campaign_slug}`,
        subject: row.subject,
        body: row.body,
        unsubscribe: unsubscribeUrls(unsubscribeToken(row.signature_id)),
      });
      return [row.id, { message }];
    }),
  );
}
