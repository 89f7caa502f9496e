import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, localePath } from "@/lib/i18n/routing";
import { type DeferredRender, registerDeferredEmails } from "@/lib/email/deferred-emails";
import { mailingEmail } from "./mailing-email";
import { unsubscribeToken, unsubscribeUrls } from "./unsubscribe-token";

// The mailing lane of the outbox (issue #10): an update to signers is queued as rows with no
// message (payload null, mailing_id set; see queueMailing), so addresses are not copied a million
// times, and a signer who unsubscribes, withdraws or is set aside by moderation after the update was
// queued is not sent it. The outbox (lib/email, which knows no campaign) calls back here to render
// each row when its batch goes out, and to mark a mailing sent once none of its rows is pending.
// Registered when this module loads: mutations.ts (which queues mailings) and the server's start
// (whose poller sends them) import it.

type Row = {
  id: string;
  signature_id: string;
  email: string;
  full_name: string;
  /** The signer's language: the frame of the email, and the pages it links to, are in it. */
  locale: string;
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
async function renderQueuedMailings(outboxIds: string[]): Promise<Map<string, DeferredRender>> {
  if (outboxIds.length === 0) return new Map();
  const rows = (await getDb().execute(sql`
    select o.id, s.id as signature_id, s.email, s.full_name, s.locale, s.status as signature_status, s.opt_in_updates,
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
    rows.map((row): [string, DeferredRender] => {
      if (row.signature_status !== "confirmed") return [row.id, { skip: SKIPPED_NOT_CONFIRMED }];
      // An anonymised signature (issue #13) has no address and no opt-in left.
      if (!row.opt_in_updates || row.email === "") return [row.id, { skip: SKIPPED_UNSUBSCRIBED }];
      const locale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
      const message = mailingEmail({
        to: row.email,
        fullName: row.full_name,
        campaignTitle: row.campaign_title,
        campaignUrl: `${origin}${localePath(locale, `/campaigns/${row.campaign_slug}`)}`,
        subject: row.subject,
        body: row.body,
        unsubscribe: unsubscribeUrls(unsubscribeToken(row.signature_id), locale),
        locale,
      });
      return [row.id, { message }];
    }),
  );
}

/**
 * A mailing is sent once none of its rows is pending. Checked after each of its batches; two
 * workers finishing at once both match, and the second update finds it already 'sent'.
 */
async function completeMailings(mailingIds: string[]): Promise<void> {
  if (mailingIds.length === 0) return;
  await getDb().execute(sql`
    update campaign_mailings m set status = 'sent', completed_at = now()
     where m.id in (${sql.join(
       mailingIds.map((id) => sql`${id}::uuid`),
       sql`, `,
     )})
       and m.status = 'sending'
       and not exists (select 1 from email_outbox o where o.mailing_id = m.id and o.status = 'pending')`);
}

/** Any mailing left 'sending' with nothing pending: its last batch's worker died before checking. */
export async function completeStalledMailings(): Promise<void> {
  await getDb().execute(sql`
    update campaign_mailings m set status = 'sent', completed_at = now()
     where m.status = 'sending'
       and not exists (select 1 from email_outbox o where o.mailing_id = m.id and o.status = 'pending')`);
}

registerDeferredEmails({ render: renderQueuedMailings, settleGroups: completeMailings, settleStalledGroups: completeStalledMailings });
