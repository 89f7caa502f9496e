import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";

// Sent and failed messages (issue #13). Their message (recipient, links) is erased the moment they
// are settled (lib/email/outbox-records.ts); what is left says that an email of some kind went to
// some signature, which is nobody's business after a while. Rows of updates to signers
// (mailing_id) stay: they hold no message at all and are the mailing's delivery record; they go
// with their signatures when the campaign is anonymised (lib/privacy/anonymisation.ts).

const OUTBOX_KEPT_DAYS = 30;

/** Deletes up to `limit` settled messages older than `days`, oldest first; returns how many. */
export async function pruneSettledEmails(days = OUTBOX_KEPT_DAYS, limit = 1_000): Promise<number> {
  const deleted = await getDb().execute(sql`
    with settled as (
      select id from email_outbox
       where status <> 'pending' and mailing_id is null and created_at < now() - make_interval(days => ${days})
       order by created_at
       limit ${limit}
         for update skip locked)
    delete from email_outbox o using settled s where o.id = s.id`);
  return deleted.count;
}
