import assert from "node:assert/strict";
import { createHmac, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb, rows, schema } from "./support";

// Shared by the moderation tests: signatures made as signCampaign makes them (with tokens the test
// knows), and the counters compared with a recount from the signature rows.

const { createTokenPair } = await import("@/lib/signing/tokens");
const { confirmSignature } = await import("@/lib/signing/mutations");

export type TestSigner = { id: string; confirm: string; withdraw: string; email: string };

/** The hex client-address hash signing from `address` stores (AUTH_SECRET is set by support.ts). */
export function addressHash(address: string): string {
  return createHmac("sha256", process.env.AUTH_SECRET!).update(`ip:${address}`).digest("hex");
}

type SignerOptions = {
  domain?: string;
  address?: string | null;
  createdAt?: Date;
  country?: string | null;
  office?: string | null;
  utmSource?: string | null;
  referrerHost?: string | null;
  showName?: boolean;
  fullName?: string;
  comment?: string | null;
  /** A French official's commune (issue #14): counted by its département and region. */
  communeCode?: string | null;
};

/** `count` pending signatures, with tokens the test knows. */
export async function addPending(campaignId: string, count: number, options: SignerOptions = {}): Promise<TestSigner[]> {
  const made = Array.from({ length: count }, (_, i) => {
    const email = `signer${i}.${randomUUID().slice(0, 8)}@${options.domain ?? "example.org"}`;
    return { email, ...createTokenPair() };
  });
  if (count === 0) return [];
  const inserted = await getDb()
    .insert(schema.signatures)
    .values(
      made.map(({ email, confirm, withdraw }, i) => ({
        campaignId,
        email,
        emailCanonical: email,
        fullName: options.fullName ?? `Signer ${i} ${email.slice(0, 12)}`,
        country: options.country === undefined ? (["FR", "DE", "IT"] as const)[i % 3] : options.country,
        office: options.office ?? null,
        utmSource: options.utmSource ?? (i % 2 === 0 ? "newsletter" : null),
        referrerHost: options.referrerHost ?? null,
        showName: options.showName ?? true,
        comment: options.comment ?? null,
        communeCode: options.communeCode ?? null,
        ipHash: options.address ? Buffer.from(addressHash(options.address), "hex") : null,
        optInUpdates: false,
        consentedAt: new Date(),
        confirmTokenHash: confirm.hash,
        confirmExpiresAt: new Date(Date.now() + 86_400_000),
        withdrawTokenHash: withdraw.hash,
        ...(options.createdAt && { createdAt: options.createdAt }),
      })),
    )
    .returning({ id: schema.signatures.id, email: schema.signatures.email });
  const idOf = new Map(inserted.map((row) => [row.email, row.id]));
  return made.map(({ email, confirm, withdraw }) => ({ id: idOf.get(email)!, email, confirm: confirm.token, withdraw: withdraw.token }));
}

/** `count` signatures confirmed through confirmSignature, so they are counted as in real life. */
export async function addConfirmed(campaignId: string, count: number, options: SignerOptions = {}): Promise<TestSigner[]> {
  const signers = await addPending(campaignId, count, options);
  for (const signer of signers) assert.equal((await confirmSignature(signer.confirm)).kind, "confirmed");
  return signers;
}

export type Counters = { shards: [number, number][]; breakdowns: [string, string, number, number][] };

/** The non-zero tally and breakdown counters of a campaign, in a fixed order. */
export async function readCounters(campaignId: string): Promise<Counters> {
  const shards = await rows<{ shard: number; confirmed: number }>(sql`
    select shard, confirmed::int from tally_shards where campaign_id = ${campaignId} and confirmed <> 0 order by shard`);
  const breakdowns = await rows<{ dimension: string; key: string; shard: number; confirmed: number }>(sql`
    select dimension, key, shard, confirmed from tally_breakdowns
     where campaign_id = ${campaignId} and confirmed <> 0 order by dimension, key, shard`);
  return {
    shards: shards.map((r) => [r.shard, r.confirmed]),
    breakdowns: breakdowns.map((r) => [r.dimension, r.key, r.shard, r.confirmed]),
  };
}

/** The counters recounted from the confirmed signature rows, written apart from the app's SQL. */
async function recountCounters(campaignId: string): Promise<Counters> {
  const shards = await rows<{ shard: number; n: number }>(sql`
    select tally_shard as shard, count(*)::int as n from signatures
     where campaign_id = ${campaignId} and status = 'confirmed' group by tally_shard order by tally_shard`);
  const breakdowns = await rows<{ dimension: string; key: string; shard: number; n: number }>(sql`
    select dimension, key, shard, count(*)::int as n from (
      select 'country' as dimension, country as key, tally_shard as shard from signatures
       where campaign_id = ${campaignId} and status = 'confirmed' and country is not null
      union all
      select 'office', office, tally_shard from signatures
       where campaign_id = ${campaignId} and status = 'confirmed' and office is not null
      union all
      select 'day', to_char(confirmed_at at time zone 'UTC', 'YYYY-MM-DD'), tally_shard from signatures
       where campaign_id = ${campaignId} and status = 'confirmed'
      union all
      select 'source', coalesce(utm_source, referrer_host, 'direct'), tally_shard from signatures
       where campaign_id = ${campaignId} and status = 'confirmed'
      union all
      select 'language', locale, tally_shard from signatures
       where campaign_id = ${campaignId} and status = 'confirmed'
      union all
      select 'departement', c.departement_code, s.tally_shard from signatures s join communes c on c.code = s.commune_code
       where s.campaign_id = ${campaignId} and s.status = 'confirmed'
      union all
      select 'region', c.region_code, s.tally_shard from signatures s join communes c on c.code = s.commune_code
       where s.campaign_id = ${campaignId} and s.status = 'confirmed') keys
     group by dimension, key, shard order by dimension, key, shard`);
  return {
    shards: shards.map((r) => [r.shard, r.n]),
    breakdowns: breakdowns.map((r) => [r.dimension, r.key, r.shard, r.n]),
  };
}

/** The counters equal a recount from the signatures; returns them. */
export async function assertCountersExact(campaignId: string, message = "counters equal a recount"): Promise<Counters> {
  const counters = await readCounters(campaignId);
  assert.deepEqual(counters, await recountCounters(campaignId), message);
  return counters;
}

export async function statusesOf(campaignId: string): Promise<Record<string, string>> {
  const found = await rows<{ id: string; status: string }>(sql`select id, status from signatures where campaign_id = ${campaignId}`);
  return Object.fromEntries(found.map((r) => [r.id, r.status]));
}
