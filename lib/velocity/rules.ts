import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { getEnv } from "@/lib/env";
import { isFreeMailDomain } from "./free-mail-domains";

// Velocity rules (issue #13; the UK Parliament's petitions site once met 77,000 fake signatures on
// one petition). A signature past a rule is accepted like any other, so a script learns nothing,
// but stored as "held": uncounted and unlisted until a moderator releases it. Rules per campaign:
//   - one client (the HMAC of its address; an IPv6 client is its /64): VELOCITY_CLIENT_PER_MINUTE
//     (burst) and VELOCITY_CLIENT_PER_5_MINUTES (sustained);
//   - one email domain, big free-mail providers excepted: VELOCITY_DOMAIN_PER_MINUTE and
//     VELOCITY_DOMAIN_PER_HOUR.
// A limit of N holds the signature that finds N or more signatures (held ones included) in its window.
//
// Cheap at a surge: the checks run inside the insert statement (no extra round trip), each count
// is a range scan of signatures_velocity_client_idx or signatures_velocity_domain_idx that stops
// after N rows (LIMIT). Two signatures from one client that arrive in the same instant may both
// pass: the rules catch floods, not the second of a pair.
//
// Those indexes key on one expression that joins the campaign to the client or the domain, and the
// counts ask for exactly that expression, so no other index can answer them. With `campaign_id = $1`
// as a condition of its own, a planner working from statistics taken before the campaign's surge
// (a new campaign's rows are unknown to it until autovacuum analyses the table) took the campaign's
// rows for a handful and read every signature of the campaign's last minute through another index:
// measured at about 6,000 index entries per signature in `npm run bench`, which cost signing more than
// half its throughput (BENCHMARKS.md, 2026-12-03).

/** A client in one campaign, as signatures_velocity_client_idx keys it (lib/db/schema.ts). */
const CLIENT_KEY_SQL = sql.raw("uuid_send(v.campaign_id) || v.ip_hash");
/** An email domain in one campaign, as signatures_velocity_domain_idx keys it: what follows the last "@". */
const DOMAIN_KEY_SQL = sql.raw("v.campaign_id::text || split_part(v.email_canonical, '@', -1)");

const p = (name: string) => sql.placeholder(name);

type VelocityLimit = "VELOCITY_CLIENT_PER_MINUTE" | "VELOCITY_CLIENT_PER_5_MINUTES" | "VELOCITY_DOMAIN_PER_MINUTE" | "VELOCITY_DOMAIN_PER_HOUR";

// A limit goes into the statement's text, read from the environment when the statement is first
// built (it is built once per process, as the environment is read once). As a placeholder, the
// generic plan could not know how few rows each count reads and was costed far above the
// per-execution plans, so PostgreSQL never chose it (see NO_CLIENT below).
const limitOf = (name: VelocityLimit): SQLWrapper => ({ getSQL: () => sql.raw(String(getEnv()[name])) });

// At least `limit` signatures of the campaign matching `key` since `seconds` ago; false when the rule is off (0).
// The order is the velocity index's own: the generic plan knows no key, and from statistics taken
// before a surge it may take every row for a match, so that a table scan stopping at `limit` looks
// cheap; in this order the scan would need a sort of all the matches, and only the index answers.
const reached = (key: SQL, seconds: number, name: VelocityLimit) => {
  const limit = limitOf(name);
  return sql`
  (${limit} > 0 and (select count(*) from (
     select 1 from signatures v
      where ${key} and v.created_at > now() - ${sql.raw(`interval '${seconds} seconds'`)}
      order by v.created_at desc
      limit ${limit}) recent) >= ${limit})`;
};

const client = sql`v.ip_hash is not null and ${CLIENT_KEY_SQL} = uuid_send(${p("campaignId")}::uuid) || ${p("velocityClient")}::bytea`;
const domain = sql`${DOMAIN_KEY_SQL} = ${p("campaignId")}::uuid::text || ${p("velocityDomain")}::text`;

// No client address, or a big free-mail domain, leaves nothing to count. The statement is told so
// with a key no stored signature has (an empty client hash, an empty domain), never with null: a
// null lets the planner drop the counts from that one execution's plan, so PostgreSQL keeps
// planning the statement anew on every execution (custom plans) instead of reusing one generic
// plan. That re-planning cost about 0.65 ms of database time per signature, about 40 % of it
// (measured from the server's log, 2026-12-03); the two counts that find nothing cost microseconds.
const NO_CLIENT = Buffer.alloc(0);
const NO_DOMAIN = "";

/**
 * The held reason of the signature being inserted, or null: a CTE `velocity(reason)` for the
 * signing statement. Its placeholders are filled by velocityParameters(). Materialized: the
 * statement reads `reason` three times, and an inlined CTE would run every count three times.
 */
export const velocitySql = sql`
  velocity as materialized (
    select case when ${reached(client, 60, "VELOCITY_CLIENT_PER_MINUTE")} then 'velocity_client_burst'
                when ${reached(client, 300, "VELOCITY_CLIENT_PER_5_MINUTES")} then 'velocity_client_sustained'
                when ${reached(domain, 60, "VELOCITY_DOMAIN_PER_MINUTE")} then 'velocity_domain_burst'
                when ${reached(domain, 3600, "VELOCITY_DOMAIN_PER_HOUR")} then 'velocity_domain_sustained' end as reason)`;

/**
 * The status the signer of row `alias` is shown: a held signature looks pending until its owner
 * confirms it, then confirmed, so nothing tells a signer (or a script) it was held.
 */
export function signerStatusSql(alias: "s" | "t"): SQL {
  return sql.raw(
    `case when ${alias}.status <> 'held' then ${alias}.status::text when ${alias}.confirmed_at is null then 'pending' else 'confirmed' end`,
  );
}

function emailDomainOf(emailCanonical: string): string {
  return emailCanonical.slice(emailCanonical.lastIndexOf("@") + 1);
}

/** The values of velocitySql's placeholders (campaignId is the signature's own). */
export function velocityParameters(emailCanonical: string, ipHash: Buffer | null) {
  const domainOfEmail = emailDomainOf(emailCanonical);
  return {
    velocityClient: ipHash ?? NO_CLIENT,
    velocityDomain: isFreeMailDomain(domainOfEmail) ? NO_DOMAIN : domainOfEmail,
  };
}
