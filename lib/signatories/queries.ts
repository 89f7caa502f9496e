import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb, getSql } from "@/lib/db/client";
import { OFFICES, type Office } from "@/lib/signatures/schema";

// The public list of signatories: confirmed signers who chose to show their name, and only what
// they agreed to show. Never an email address, never a postcode. A name the campaign's moderators
// hid takes its signer off the list (the count keeps them); a hidden comment is left out.

export type PublicSignatory = {
  name: string;
  place: string | null;
  office: string | null;
  comment: string | null;
  verified: boolean;
  signedOn: string;
};

export const SIGNATORIES_PER_PAGE = 50;

type Row = {
  full_name: string;
  city: string | null;
  municipality: string | null;
  office: Office | null;
  comment: string | null;
  verified: boolean;
  confirmed_at: Date | string;
};

const COLUMNS = `full_name, city, municipality, office, case when comment_hidden then null else comment end as comment,
  verified_at is not null as verified, confirmed_at`;
const LISTED = "status = 'confirmed' and show_name and not name_hidden";

function where(campaignId: string, search: string): SQL {
  const base = sql`campaign_id = ${campaignId} and ${sql.raw(LISTED)}`;
  if (!search) return base;
  // Matches any part of the name; the trigram index makes it fast on large campaigns.
  const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${base} and lower(full_name) like ${pattern}`;
}

function toSignatory(row: Row): PublicSignatory {
  return {
    name: row.full_name,
    place: row.municipality ?? row.city,
    office: row.office ? OFFICES[row.office] : null,
    comment: row.comment,
    verified: row.verified,
    signedOn: new Date(row.confirmed_at).toISOString().slice(0, 10),
  };
}

/** One page of the list, verified officials first, newest first. */
export async function listPublicSignatories(
  campaignId: string,
  options: { page: number; search: string },
): Promise<{ signatories: PublicSignatory[]; hasNextPage: boolean }> {
  const offset = (options.page - 1) * SIGNATORIES_PER_PAGE;
  const rows = (await getDb().execute(sql`
    select ${sql.raw(COLUMNS)} from signatures
     where ${where(campaignId, options.search)}
     order by (verified_at is not null) desc, confirmed_at desc, id desc
     limit ${SIGNATORIES_PER_PAGE + 1} offset ${offset}`)) as unknown as Row[];
  return {
    signatories: rows.slice(0, SIGNATORIES_PER_PAGE).map(toSignatory),
    hasNextPage: rows.length > SIGNATORIES_PER_PAGE,
  };
}

/** Every listed signatory, read with a cursor so a million rows never sit in memory at once. */
export async function* streamPublicSignatories(campaignId: string): AsyncGenerator<PublicSignatory[]> {
  const cursor = getSql()
    .unsafe(
      `select ${COLUMNS}
         from signatures where campaign_id = $1 and ${LISTED}
        order by (verified_at is not null) desc, confirmed_at desc, id desc`,
      [campaignId],
    )
    .cursor(1000);
  for await (const rows of cursor) yield (rows as unknown as Row[]).map(toSignatory);
}
