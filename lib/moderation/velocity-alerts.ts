import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
import { getEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { listTrendingKeys, type TrendingKey } from "./trending";
import { velocityAlertEmail } from "./velocity-alert-email";

// The alert sweep (issue #13), run every few minutes by lib/startup.ts, apart from the signing path:
// for each open campaign, the client hashes and email domains past VELOCITY_ALERT_PER_HOUR in the
// current or previous hour. Each (campaign, key, hour) is recorded once in velocity_alerts; whoever
// records it (one instance of several) emails the campaign's owners, in the same transaction.

export async function sendVelocityAlerts(now = new Date()): Promise<number> {
  const threshold = getEnv().VELOCITY_ALERT_PER_HOUR;
  if (threshold === 0) return 0;
  const since = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 - 3_600_000);
  const campaigns = (await getDb().execute(sql`
    select id, slug, title, language from campaigns where status = 'open'`)) as unknown as Campaign[];
  let sent = 0;
  for (const campaign of campaigns) {
    const keys = await listTrendingKeys(campaign.id, threshold, since);
    if (keys.length > 0) sent += await alertOwners(campaign, keys);
  }
  if (sent > 0) requestOutboxDrain();
  return sent;
}

type Campaign = { id: string; slug: string; title: string; language: string };

async function alertOwners(campaign: Campaign, keys: TrendingKey[]): Promise<number> {
  return getDb().transaction(async (tx) => {
    const fresh = (await tx.execute(sql`
      insert into velocity_alerts (campaign_id, dimension, key, hour, signatures)
      select ${campaign.id}, k.dimension, k.key, k.hour, k.signatures
        from jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k(dimension text, key text, hour timestamptz, signatures int)
      on conflict do nothing
      returning dimension, key, hour, signatures`)) as unknown as {
      dimension: "client" | "domain";
      key: string;
      hour: Date | string;
      signatures: number;
    }[];
    if (fresh.length === 0) return 0;
    const owners = (await tx.execute(sql`
      select u.email from campaign_members m join users u on u.id = m.user_id
       where m.campaign_id = ${campaign.id} and m.role = 'owner'
       order by u.email`)) as unknown as { email: string }[];
    // The users table records no language: the campaign's own is the one its owners work in.
    const locale = isLocale(campaign.language) ? campaign.language : "en";
    const alerts = fresh.map((row) => ({ ...row, hour: new Date(row.hour) }));
    for (const { email } of owners) {
      await enqueueEmail(tx, { kind: "velocity-alert", signatureId: null, message: velocityAlertEmail(email, campaign, alerts, locale) });
    }
    return owners.length;
  });
}
