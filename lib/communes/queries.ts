import "server-only";
import { sql } from "drizzle-orm";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { getDb } from "@/lib/db/client";
import { rankCommunes } from "./ranking";
import { COMMUNE_SEARCH_MIN_LENGTH, type CommuneOption } from "./schema";
import { communeSearchKey } from "./search-key";

const COMMUNE_SEARCH_LIMIT = 10;

type Candidate = CommuneOption & { searchName: string; population: number | null };

// Search keys hold only a-z, 0-9 and spaces (./search-key.ts), all below "{": the keys starting
// with `key` are those in [key, key + "{"). Compared byte by byte (~>=~, ~<~), as the index
// communes_search_idx (text_pattern_ops) orders them, whatever the database's collation, and the
// index serves the range with the bounds as parameters.
const candidatesSql = (key: string) => sql`
  select c.code, c.name, c.search_name as "searchName", c.population,
         c.departement_code as "departementCode", d.name as "departementName"
    from ((select * from communes where retired_at is null and search_name = ${key})
          union all
          (select * from communes
            where retired_at is null and search_name ~>=~ ${key} and search_name ~<~ ${`${key}{`} and search_name <> ${key}
            order by population desc nulls last
            limit ${COMMUNE_SEARCH_LIMIT})) c
    join departements d on d.code = c.departement_code`;

async function loadMatches(key: string): Promise<CommuneOption[]> {
  const rows = (await getDb().execute(candidatesSql(key))) as unknown as Candidate[];
  return rankCommunes(key, rows, COMMUNE_SEARCH_LIMIT).map(({ code, name, departementCode, departementName }) => ({
    code,
    name,
    departementCode,
    departementName,
  }));
}

// The lists change only with a new data package; a typed prefix is asked again and again by
// everyone typing the same name. Keyed by search key, so "Saint-Den" and "st den" share an entry.
const cache = createTtlCache<string, CommuneOption[]>({ maxAgeMs: 10 * 60_000, maxEntries: 5_000, load: loadMatches });

/**
 * The current communes whose name starts with `query` (accents, case and punctuation aside), those
 * named exactly so first, at most COMMUNE_SEARCH_LIMIT. Too short a query finds nothing.
 */
export function searchCommunes(query: string): Promise<CommuneOption[]> {
  const key = communeSearchKey(query);
  if (key.length < COMMUNE_SEARCH_MIN_LENGTH) return Promise.resolve([]);
  return cache.get(key);
}

/** A current commune by its INSEE code, or null. */
export async function findCommune(code: string): Promise<CommuneOption | null> {
  const [row] = (await getDb().execute(sql`
    select c.code, c.name, c.departement_code as "departementCode", d.name as "departementName"
      from communes c join departements d on d.code = c.departement_code
     where c.code = ${code} and c.retired_at is null`)) as unknown as CommuneOption[];
  return row ?? null;
}

/**
 * For names each borne by exactly one current commune, that commune's code, keyed by search key;
 * names several communes share, or none, are left out. One query for a whole file of names.
 */
export async function uniqueCommuneCodes(names: readonly string[]): Promise<Map<string, string>> {
  const keys = [...new Set(names.map(communeSearchKey))].filter((key) => key.length > 0);
  if (keys.length === 0) return new Map();
  const rows = (await getDb().execute(sql`
    select search_name as key, min(code) as code
      from communes
     where retired_at is null and search_name = any(${`{${keys.map((key) => `"${key}"`).join(",")}}`}::text[])
     group by search_name
    having count(*) = 1`)) as unknown as { key: string; code: string }[];
  return new Map(rows.map(({ key, code }) => [key, code]));
}

export type CommuneResolution =
  | { kind: "found"; commune: CommuneOption }
  /** Several communes have this name, or none has it but some start with it: the signer chooses. */
  | { kind: "choose"; choices: CommuneOption[] }
  | { kind: "not-found" };

/** The commune a typed name means: the one with exactly this name, else the ones to choose from. */
export async function resolveCommuneName(name: string): Promise<CommuneResolution> {
  const key = communeSearchKey(name);
  if (key.length === 0) return { kind: "not-found" };
  const matches = await cache.get(key);
  const exact = matches.filter((commune) => communeSearchKey(commune.name) === key);
  if (exact.length === 1) return { kind: "found", commune: exact[0] };
  if (matches.length === 0) return { kind: "not-found" };
  return { kind: "choose", choices: exact.length > 0 ? exact : matches };
}
