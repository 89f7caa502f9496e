import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { csvRow } from "@/lib/signatory-list/csv";

// The team's export of a campaign's signatures (issue #3), read in keyset-paged batches so that a
// million rows never sit in memory: each pull of the response stream runs one query for the next
// batch. Pages follow (created_at, id): signatures_campaign_created_idx reads one campaign in
// created_at order and only ties are sorted by id (300,000 rows took 151 queries and 4 s here).
// A keyset rather than a cursor, so a slow download does not hold a connection and a transaction.
// Anonymised rows (issue #13: email '', lib/privacy/anonymisation.ts) are left out: nobody's left in them.

export const EXPORT_COLUMNS = [
  "id",
  "status",
  "full_name",
  "email",
  "country",
  "city",
  "postcode",
  "office",
  "municipality",
  "comment",
  "show_name",
  "verified",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "referrer_host",
  "signed_at",
  "confirmed_at",
  // When the signer consented and to which version of the consent text (lib/signing/consent.ts):
  // the record of what each signer agreed to (issue #13). Empty while consent is still to be given
  // on the confirmation page (an OSDI client's signature).
  "consented_at",
  "consent_version",
] as const;

const EXPORT_BATCH_SIZE = 2_000;

export type ExportOptions = {
  includeInvalidated: boolean;
  batchSize?: number;
  /** Called after each query with the number of rows it returned (tests count the batches). */
  onBatch?: (rows: number) => void;
};

type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | boolean | null> & { cursor_at: string };

// The email address leaves the database only for signers who agreed to be contacted. What a
// signature says about a person leaves it only once its owner confirmed it (issue #13): anyone can
// type anyone's name and address into the form, so an unconfirmed row's personal columns are empty.
// Timestamps are written in UTC; the cursor is PostgreSQL's own text so no microseconds are lost to a JS Date.
const confirmed = (column: string) => sql.raw(`case when confirmed_at is not null then ${column} end as ${column}`);
const selectList = sql`
  id::text, status::text, ${confirmed("full_name")},
  case when confirmed_at is not null and opt_in_updates then email end as email,
  ${confirmed("country")}, ${confirmed("city")}, ${confirmed("postcode")}, ${confirmed("office")},
  ${confirmed("municipality")}, ${confirmed("comment")}, show_name, verified_at is not null as verified,
  utm_source, utm_medium, utm_campaign, referrer_host,
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as signed_at,
  to_char(confirmed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as confirmed_at,
  to_char(consented_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as consented_at, consent_version,
  created_at::text as cursor_at`;

/** The CSV text of each batch of a campaign's signatures, in order; no header. */
async function* signatureExportBatches(campaignId: string, options: ExportOptions): AsyncGenerator<string> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const statuses = options.includeInvalidated ? sql`` : sql`and status in ('confirmed', 'pending')`;
  let cursor: { at: string; id: string } | null = null;
  for (;;) {
    const after: ReturnType<typeof sql> = cursor
      ? sql`and created_at >= ${cursor.at}::timestamptz and (created_at > ${cursor.at}::timestamptz or id > ${cursor.id}::uuid)`
      : sql``;
    const rows = (await getDb().execute(sql`
      select ${selectList} from signatures
       where campaign_id = ${campaignId} and email <> '' ${statuses} ${after}
       order by created_at, id
       limit ${batchSize}`)) as unknown as ExportRow[];
    options.onBatch?.(rows.length);
    if (rows.length === 0) return;
    yield rows.map((row) => csvRow(EXPORT_COLUMNS.map((column) => row[column]))).join("");
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    cursor = { at: last.cursor_at, id: last.id as string };
  }
}

/** A byte stream of the whole CSV file (BOM and header first), pulling one batch per read. */
export function signatureExportStream(campaignId: string, options: ExportOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = signatureExportBatches(campaignId, options);
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // The BOM makes spreadsheet programs read the file as UTF-8.
        controller.enqueue(encoder.encode(`\ufeff${csvRow([...EXPORT_COLUMNS])}`));
      },
      async pull(controller) {
        try {
          const next = await batches.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
