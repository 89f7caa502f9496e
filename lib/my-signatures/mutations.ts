import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { requestOutboxDrain } from "@/lib/email/outbox";
import { seal } from "@/lib/email/sealed-payload";
import { getEnv } from "@/lib/env";
import { type Locale, localePath } from "@/lib/i18n/routing";
import { setUpdatesOptIn } from "@/lib/mailings/mutations";
import { canonicalizeEmail } from "@/lib/signing/canonical-email";
import { withdrawSignatureOf } from "@/lib/signing/mutations";
import { createToken } from "@/lib/signing/tokens";
import { manageLinkEmail } from "./link-email";
import { findSignerAccess } from "./queries";
import { admitManageLinkRequest } from "./request-limits";

// "Manage my signatures" (issue #13): the link asked for, and the changes made from the page it
// opens. The anonymous caller proves itself by the link's token, checked again by every change.

/** How long a link works. Short: it opens a list of someone's political opinions. */
export const ACCESS_LINK_TTL_MINUTES = 60;

export type LinkRequestOutcome = { kind: "sent" } | { kind: "rate-limited"; retryAfterMinutes: number };

/**
 * Emails `email` a link to its signatures, if it signed anything (on a campaign not anonymised), as
 * often as request-limits.ts allows `client`. The outcome is the same whether or not the address
 * signed anything: such an address gets no email and leaves no row. One statement either way, the
 * message prepared and sealed in both cases, so the time it takes says little about which.
 */
export async function requestManageLink(email: string, client: string, locale: Locale): Promise<LinkRequestOutcome> {
  const emailCanonical = canonicalizeEmail(email);
  const limit = await admitManageLinkRequest(emailCanonical, client);
  if (!limit.allowed) return { kind: "rate-limited", retryAfterMinutes: limit.retryAfterMinutes };
  const { token, hash } = createToken();
  const url = `${getEnv().APP_URL}${localePath(locale, `/signatures/manage/${token}`)}`;
  const payload = seal(manageLinkEmail({ to: email, url, validMinutes: ACCESS_LINK_TTL_MINUTES, locale }));
  const queued = (await getDb().execute(sql`
    with signed as (
      select 1 from signatures s join campaigns c on c.id = s.campaign_id
       where s.email_canonical = ${emailCanonical} and c.anonymised_at is null
       limit 1),
    access as (
      insert into signer_access_tokens (token_hash, email_canonical, locale, expires_at)
      select ${hash}, ${emailCanonical}, ${locale}, now() + make_interval(mins => ${ACCESS_LINK_TTL_MINUTES})
       where exists (select 1 from signed)
      returning token_hash)
    insert into email_outbox (kind, signature_id, payload)
    select 'manage-signatures', null, ${payload} from access
    returning id`)) as unknown as { id: string }[];
  if (queued.length > 0) requestOutboxDrain();
  return { kind: "sent" };
}

export type ChangeOutcome = { kind: "done" } | { kind: "expired" } | { kind: "gone" };

/** Withdraws one of the link's signatures, as its withdrawal link would: deleted, and the count down exactly once. */
export async function withdrawWithAccessLink(token: string, signatureId: string): Promise<ChangeOutcome & { campaignSlug?: string }> {
  const access = await findSignerAccess(token);
  if (!access) return { kind: "expired" };
  const outcome = await withdrawSignatureOf(access.emailCanonical, signatureId);
  return outcome.kind === "withdrawn" ? { kind: "done", campaignSlug: outcome.campaignSlug } : { kind: "gone" };
}

/** Turns a campaign's updates by email on or off for one of the link's signatures. */
export async function setUpdatesWithAccessLink(token: string, signatureId: string, optIn: boolean): Promise<ChangeOutcome> {
  const access = await findSignerAccess(token);
  if (!access) return { kind: "expired" };
  return (await setUpdatesOptIn(signatureId, optIn, access.emailCanonical)) ? { kind: "done" } : { kind: "gone" };
}

/** Drops links that expired (with the rate-limit counters' sweep, lib/startup.ts). */
export async function pruneExpiredAccessLinks(): Promise<void> {
  await getDb().execute(sql`delete from signer_access_tokens where expires_at < now()`);
}
