import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { InvalidationFilter } from "@/lib/db/schema";
import { isHeldReason, type HeldReason } from "@/lib/velocity/held-reasons";
import { matchingSignaturesSql } from "./filter-sql";

// Server-only reads for the moderation page. They do not authorize: page-data.ts and commands.ts
// decide who may call them. None returns a signer's email address or client address; the held list
// returns an email domain only when asked (page-data.ts asks for those who may read personal data).

export type ModeratedSignatory = {
  id: string;
  name: string;
  comment: string | null;
  status: "pending" | "confirmed";
  nameHidden: boolean;
  commentHidden: boolean;
  signedAt: Date;
};

const MODERATED_SIGNATORIES_SHOWN = 50;

/**
 * Signers who chose to be listed (pending ones too: their name shows once they confirm), newest
 * first, filtered by `search` on the name, with what moderators hid.
 */
export async function listModeratedSignatories(campaignId: string, search: string): Promise<ModeratedSignatory[]> {
  const pattern = search ? `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = (await getDb().execute(sql`
    select id, full_name, comment, status, name_hidden, comment_hidden, created_at
      from signatures
     where campaign_id = ${campaignId} and status in ('pending', 'confirmed') and show_name
       ${pattern ? sql`and lower(full_name) like ${pattern}` : sql``}
     order by created_at desc, id desc
     limit ${MODERATED_SIGNATORIES_SHOWN}`)) as unknown as {
    id: string;
    full_name: string;
    comment: string | null;
    status: "pending" | "confirmed";
    name_hidden: boolean;
    comment_hidden: boolean;
    created_at: Date | string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    name: row.full_name,
    comment: row.comment,
    status: row.status,
    nameHidden: row.name_hidden,
    commentHidden: row.comment_hidden,
    signedAt: new Date(row.created_at),
  }));
}

export type ClientAddressCount = { hash: string; signatures: number };

const TOP_CLIENT_ADDRESSES = 20;

/** The client-address hashes (hex) most signatures came from in the last 7 days; invalidated ones left out. */
export async function listTopClientAddressHashes(campaignId: string): Promise<ClientAddressCount[]> {
  const rows = (await getDb().execute(sql`
    select encode(ip_hash, 'hex') as hash, count(*)::int as signatures
      from signatures
     where campaign_id = ${campaignId} and created_at >= now() - interval '7 days'
       and ip_hash is not null and status in ('pending', 'confirmed')
     group by ip_hash
     order by count(*) desc, ip_hash
     limit ${TOP_CLIENT_ADDRESSES}`)) as unknown as ClientAddressCount[];
  return [...rows];
}

export type InvalidationPreview = { confirmed: number; pending: number; total: number };

/** How many signatures an invalidation with this filter would set aside now. Changes nothing. */
export async function previewInvalidation(campaignId: string, filter: InvalidationFilter): Promise<InvalidationPreview> {
  const [row] = (await getDb().execute(sql`
    select count(*) filter (where s.status = 'confirmed')::int as confirmed,
           count(*) filter (where s.status = 'pending')::int as pending
      from signatures s
     where ${matchingSignaturesSql(campaignId, filter)}`)) as unknown as { confirmed: number; pending: number }[];
  return { confirmed: row.confirmed, pending: row.pending, total: row.confirmed + row.pending };
}

export type InvalidationListItem = {
  id: string;
  filter: InvalidationFilter;
  reason: string;
  matched: number;
  /** Of those, still set aside (a withdrawn signature is gone, an undone invalidation restored them all). */
  stillInvalidated: number;
  createdAt: Date;
  createdBy: string | null;
  undoneAt: Date | null;
  undoneBy: string | null;
};

/** The campaign's invalidations, newest first, with who made and undid them. */
export async function listInvalidations(campaignId: string): Promise<InvalidationListItem[]> {
  const rows = (await getDb().execute(sql`
    select i.id, i.filter, i.reason, i.matched, i.created_at, i.undone_at,
           creator.email as created_by, undoer.email as undone_by,
           (select count(*)::int from signatures s where s.invalidation_id = i.id and s.status = 'invalidated') as still_invalidated
      from signature_invalidations i
      left join users creator on creator.id = i.created_by
      left join users undoer on undoer.id = i.undone_by
     where i.campaign_id = ${campaignId}
     order by i.created_at desc, i.id`)) as unknown as {
    id: string;
    filter: InvalidationFilter;
    reason: string;
    matched: number;
    created_at: Date | string;
    undone_at: Date | string | null;
    created_by: string | null;
    undone_by: string | null;
    still_invalidated: number;
  }[];
  return rows.map((row) => ({
    id: row.id,
    filter: row.filter,
    reason: row.reason,
    matched: row.matched,
    stillInvalidated: row.still_invalidated,
    createdAt: new Date(row.created_at),
    createdBy: row.created_by,
    undoneAt: row.undone_at ? new Date(row.undone_at) : null,
    undoneBy: row.undone_by,
  }));
}

export type HeldReasonCount = { reason: HeldReason; held: number; ownerConfirmed: number };

/** The campaign's held signatures (issue #13) by the rule that held them. */
export async function countHeldSignatures(campaignId: string): Promise<HeldReasonCount[]> {
  const found = (await getDb().execute(sql`
    select held_reason as reason, count(*)::int as held, count(confirmed_at)::int as owner_confirmed
      from signatures
     where campaign_id = ${campaignId} and held_at is not null and status = 'held'
     group by held_reason
     order by count(*) desc, held_reason`)) as unknown as { reason: string; held: number; owner_confirmed: number }[];
  return found.flatMap((row) => (isHeldReason(row.reason) ? [{ reason: row.reason, held: row.held, ownerConfirmed: row.owner_confirmed }] : []));
}

export type HeldSignature = {
  id: string;
  name: string;
  reason: HeldReason;
  heldAt: Date;
  ownerConfirmed: boolean;
  /** The domain of the signer's address; null unless the reader may read personal data. */
  emailDomain: string | null;
};

const HELD_SIGNATURES_SHOWN = 50;

/** The most recently held signatures, newest first. */
export async function listHeldSignatures(campaignId: string, options: { withEmailDomain: boolean }): Promise<HeldSignature[]> {
  const found = (await getDb().execute(sql`
    select id, full_name, held_reason, held_at, confirmed_at is not null as owner_confirmed,
           ${options.withEmailDomain ? sql`split_part(email_canonical, '@', -1)` : sql`null`} as email_domain
      from signatures
     where campaign_id = ${campaignId} and held_at is not null and status = 'held'
     order by held_at desc, id desc
     limit ${HELD_SIGNATURES_SHOWN}`)) as unknown as {
    id: string;
    full_name: string;
    held_reason: string;
    held_at: Date | string;
    owner_confirmed: boolean;
    email_domain: string | null;
  }[];
  return found.flatMap((row) =>
    isHeldReason(row.held_reason)
      ? [
          {
            id: row.id,
            name: row.full_name,
            reason: row.held_reason,
            heldAt: new Date(row.held_at),
            ownerConfirmed: row.owner_confirmed,
            emailDomain: row.email_domain,
          },
        ]
      : [],
  );
}
