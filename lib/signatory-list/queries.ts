import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { OFFICES, type Office } from "./offices";

// The public list of signatories: confirmed signers who chose to show their name, and only what
// they agreed to show. Never an email address, never a postcode. A name the campaign's moderators
// hid takes its signer off the list (the count keeps them); a hidden comment is left out.

export type PublicSignatory = {
  name: string;
  place: string | null;
  office: string | null;
  comment: string | null;
  verified: boolean;
  /**
   * The date of the extract of the national register of elected officials this official was
   * verified against (issue #14), or null. Separate from `verified`, the organizers' own check.
   */
  registerExtract: string | null;
  signedOn: string;
};

const SIGNATORIES_PER_PAGE = 50;
/** `?page=N` addresses are read by offset up to here; the page's own links use keyset cursors. */
export const DEEPEST_NUMBERED_PAGE = 100;
const STREAM_BATCH = 1_000;

type Row = {
  full_name: string;
  city: string | null;
  municipality: string | null;
  office: Office | null;
  comment: string | null;
  verified: boolean;
  register_extract: string | null;
  confirmed_at: Date | string;
  /** The row's place in the list, PostgreSQL's text of confirmed_at so no microsecond is lost. */
  cursor_at: string;
  id: string;
};

const COLUMNS = sql.raw(`full_name, city, municipality, office, case when comment_hidden then null else comment end as comment,
  verified_at is not null as verified, confirmed_at, confirmed_at::text as cursor_at, id,
  (select e.extract_date::text from register_matches m join register_extracts e on e.id = m.extract_id
    where m.signature_id = signatures.id and m.current
      and (m.result = 'verified' or (m.result = 'review' and m.decision = 'confirmed'))) as register_extract`);
// Verified officials first, newest first. The order, the keyset comparison and the predicate are
// those of signatures_public_list_idx (lib/db/schema.ts), so a page is read from the index in
// order and stops after its rows: no scan and no sort of the campaign (issue #13: 400–670 ms a
// page at 200,000 signers when `desc` meant NULLS FIRST and the index said NULLS LAST).
const LISTED = sql.raw("status = 'confirmed' and show_name and not name_hidden");
const KEY = sql.raw("((verified_at is not null), confirmed_at, id)");
const NEWEST_FIRST = sql.raw("(verified_at is not null) desc, confirmed_at desc nulls last, id desc nulls last");
const OLDEST_FIRST = sql.raw("(verified_at is not null) asc, confirmed_at asc nulls first, id asc nulls first");

/** Where a page starts or ends in the list; opaque in addresses (`?after=…`, `?before=…`). */
type Position = { verified: boolean; at: string; id: string };

const positionSchema = z.tuple([
  z.union([z.literal(0), z.literal(1)]),
  z.string().regex(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/),
  z.uuid(),
]);

function encodePosition(position: Position): string {
  return Buffer.from(JSON.stringify([position.verified ? 1 : 0, position.at, position.id])).toString("base64url");
}

/** A position from an address, or null for anything that is not one of ours. */
export function decodePosition(text: string | undefined): Position | null {
  if (!text || text.length > 200) return null;
  try {
    const parsed = positionSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? { verified: parsed.data[0] === 1, at: parsed.data[1], id: parsed.data[2] } : null;
  } catch {
    return null;
  }
}

const positionOf = (row: Row): Position => ({ verified: row.verified, at: row.cursor_at, id: row.id });
const keyOf = (position: Position) => sql`(${position.verified}, ${position.at}::timestamptz, ${position.id}::uuid)`;

function where(campaignId: string, search: string): SQL {
  const base = sql`campaign_id = ${campaignId} and ${LISTED}`;
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
    registerExtract: row.register_extract,
    signedOn: new Date(row.confirmed_at).toISOString().slice(0, 10),
  };
}

export type SignatoryPageRequest = {
  search: string;
  /** A numbered page, read by offset (at most DEEPEST_NUMBERED_PAGE); ignored with a cursor. */
  page?: number;
  /** The rows after this position (the next page), or before it (the previous page). */
  after?: Position | null;
  before?: Position | null;
};

export type SignatoryPage = {
  signatories: PublicSignatory[];
  hasNextPage: boolean;
  /** Cursors for the neighbouring pages' links; null where there is none. */
  next: string | null;
  previous: string | null;
};

async function readRows(campaignId: string, search: string, order: "newest" | "oldest", bound: SQL, limit: number, offset = 0): Promise<Row[]> {
  return (await getDb().execute(sql`
    select ${COLUMNS} from signatures
     where ${where(campaignId, search)} ${bound}
     order by ${order === "newest" ? NEWEST_FIRST : OLDEST_FIRST}
     limit ${limit} offset ${offset}`)) as unknown as Row[];
}

/** One page of the list, verified officials first, newest first. */
export async function listPublicSignatories(campaignId: string, request: SignatoryPageRequest): Promise<SignatoryPage> {
  const { search } = request;
  let rows: Row[];
  let hasPrevious: boolean;
  let hasNext: boolean;
  if (request.before) {
    // The page before: read backwards from the cursor, then put it back in the list's order.
    const backwards = await readRows(campaignId, search, "oldest", sql`and ${KEY} > ${keyOf(request.before)}`, SIGNATORIES_PER_PAGE + 1);
    hasPrevious = backwards.length > SIGNATORIES_PER_PAGE;
    rows = backwards.slice(0, SIGNATORIES_PER_PAGE).reverse();
    hasNext = true;
  } else {
    const page = Math.min(Math.max(request.page ?? 1, 1), DEEPEST_NUMBERED_PAGE);
    const bound = request.after ? sql`and ${KEY} < ${keyOf(request.after)}` : sql``;
    const offset = request.after ? 0 : (page - 1) * SIGNATORIES_PER_PAGE;
    const read = await readRows(campaignId, search, "newest", bound, SIGNATORIES_PER_PAGE + 1, offset);
    hasNext = read.length > SIGNATORIES_PER_PAGE;
    rows = read.slice(0, SIGNATORIES_PER_PAGE);
    hasPrevious = Boolean(request.after) || offset > 0;
  }
  return {
    signatories: rows.map(toSignatory),
    hasNextPage: hasNext && rows.length > 0,
    next: hasNext && rows.length > 0 ? encodePosition(positionOf(rows[rows.length - 1])) : null,
    previous: hasPrevious && rows.length > 0 ? encodePosition(positionOf(rows[0])) : null,
  };
}

/**
 * Every listed signatory, a batch per call, each batch its own short query after the last one's
 * position. Nothing is held between batches: a download nobody reads holds a socket, never a
 * database connection (issue #13: a dozen stalled readers of a cursor held the whole pool).
 */
export async function* streamPublicSignatories(campaignId: string, batchSize = STREAM_BATCH): AsyncGenerator<PublicSignatory[]> {
  let after: Position | null = null;
  for (;;) {
    const rows = await readRows(campaignId, "", "newest", after ? sql`and ${KEY} < ${keyOf(after)}` : sql``, batchSize);
    if (rows.length > 0) yield rows.map(toSignatory);
    if (rows.length < batchSize) return;
    after = positionOf(rows[rows.length - 1]);
  }
}
