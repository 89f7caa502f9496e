import "server-only";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { getEnv } from "@/lib/env";
import { isFreeMailDomain } from "./free-mail-domains";
import type { HeldReason } from "./held-reasons";

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

// One key's two rules, burst and sustained, from one read of its index: the newest signatures of
// the campaign matching `key` within the longer window, as many as the larger limit (no more are
// needed to tell whether either limit is reached), and how many of them fall within the shorter
// window. Newest first, so the first `burst` rows read are the last minute's if the minute holds that
// many. A rule whose limit is 0 is off: `false`, and with both off the index is not read (limit 0).
// The order is the velocity index's own: the generic plan knows no key, and from statistics taken
// before a surge it may take every row for a match, so that a table scan stopping at the limit looks
// cheap; in this order the scan would need a sort of all the matches, and only the index answers.
type Window = { seconds: number; limit: VelocityLimit; reason: HeldReason };
const windowStart = (seconds: number) => sql.raw(`now() - interval '${seconds} seconds'`);
const reasonLiteral = (reason: HeldReason) => sql.raw(`'${reason}'`);

const rulesOf = (name: string, key: SQL, burst: Window, sustained: Window): SQL => {
  const both = { getSQL: () => sql.raw(String(Math.max(getEnv()[burst.limit], getEnv()[sustained.limit]))) };
  const reached = (window: Window, count: SQL) => {
    const limit = limitOf(window.limit);
    return sql`(${limit} > 0 and ${count} >= ${limit})`;
  };
  return sql`
    ${sql.raw(name)} as materialized (
      select case when ${reached(burst, sql`count(*) filter (where recent.created_at > ${windowStart(burst.seconds)})`)} then ${reasonLiteral(burst.reason)}
                  when ${reached(sustained, sql`count(*)`)} then ${reasonLiteral(sustained.reason)} end as reason
        from (select v.created_at from signatures v
               where ${key} and v.created_at > ${windowStart(sustained.seconds)}
               order by v.created_at desc
               limit ${both}) recent)`;
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
 * The held reason of the signature being inserted, or null: CTEs ending in `velocity(reason)` for
 * the signing statement, the client's rules first. Their placeholders are filled by
 * velocityParameters(). Materialized: the statement reads `reason` three times, and an inlined CTE
 * would run every count three times.
 */
export const velocitySql = sql`
  ${rulesOf(
    "velocity_client",
    client,
    { seconds: 60, limit: "VELOCITY_CLIENT_PER_MINUTE", reason: "velocity_client_burst" },
    { seconds: 300, limit: "VELOCITY_CLIENT_PER_5_MINUTES", reason: "velocity_client_sustained" },
  )},
  ${rulesOf(
    "velocity_domain",
    domain,
    { seconds: 60, limit: "VELOCITY_DOMAIN_PER_MINUTE", reason: "velocity_domain_burst" },
    { seconds: 3600, limit: "VELOCITY_DOMAIN_PER_HOUR", reason: "velocity_domain_sustained" },
  )},
  velocity as materialized (
    select coalesce(velocity_client.reason, velocity_domain.reason) as reason from velocity_client, velocity_domain)`;

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
