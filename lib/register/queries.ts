import "server-only";
import { desc, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { registerExtracts, type RegisterExtract } from "@/lib/db/schema";
import { STALE_IMPORT_MINUTES } from "./import-state";
import { REGISTER_OFFICES } from "./verification";

// Reads of the register (issue #14). None authorizes: page-data.ts and commands.ts decide who may call them.

export async function listRegisterExtracts(limit = 50): Promise<RegisterExtract[]> {
  return getDb().select().from(registerExtracts).orderBy(desc(registerExtracts.createdAt)).limit(limit);
}

/** An import still running, unless it stopped moving long ago (its process died): then another may start. */
export async function findRunningImport(): Promise<RegisterExtract | null> {
  const [extract] = await getDb()
    .select()
    .from(registerExtracts)
    .where(sql`${registerExtracts.status} = 'importing' and ${registerExtracts.createdAt} > now() - make_interval(mins => ${STALE_IMPORT_MINUTES})`)
    .limit(1);
  return extract ?? null;
}

export type RegisterMatchItem = {
  signatureId: string;
  fullName: string;
  office: string;
  municipality: string | null;
  communeCode: string;
  result: "verified" | "review" | "not-found" | "left-office";
  difference: string | null;
  officialName: string | null;
  officialOffice: string | null;
  decision: "confirmed" | "rejected" | null;
  extractDate: string;
};

/** A campaign's current matches, those to review first. Names are personal data: editors only. */
export async function listCampaignMatches(campaignId: string): Promise<RegisterMatchItem[]> {
  return (await getDb().execute(sql`
    select m.signature_id as "signatureId", s.full_name as "fullName", s.office, s.municipality, s.commune_code as "communeCode",
           m.result, m.difference, m.official_name as "officialName", m.official_office as "officialOffice", m.decision,
           e.extract_date::text as "extractDate"
      from register_matches m
      join signatures s on s.id = m.signature_id
      join register_extracts e on e.id = m.extract_id
     where m.campaign_id = ${campaignId} and m.current and s.status in ('pending', 'confirmed')
     order by case m.result when 'review' then 0 when 'left-office' then 1 when 'not-found' then 2 else 3 end,
              (m.decision is not null), s.full_name
     limit 1000`)) as unknown as RegisterMatchItem[];
}

/** Signatures of officials the register could check that have no result yet (signed since the last check). */
export async function countUncheckedSignatures(campaignId: string): Promise<number> {
  const [row] = (await getDb().execute(sql`
    select count(*)::int as count from signatures s
     where s.campaign_id = ${campaignId} and s.office in (select jsonb_array_elements_text(${JSON.stringify(REGISTER_OFFICES)}::jsonb)) and s.commune_code is not null
       and s.status in ('pending', 'confirmed')
       and not exists (select 1 from register_matches m where m.signature_id = s.id and m.current)`)) as unknown as { count: number }[];
  return row.count;
}

export type RegisterCounts = {
  /** The date of the latest extract the counted officials were verified against. */
  extractDate: string;
  /** `name` from the list of communes (lib/communes); null for a code it does not know. */
  byDepartement: { departement: string; name: string | null; mayors: number; councillors: number }[];
};

/**
 * Confirmed signatures of officials verified against the register (or confirmed by the organizers
 * after review), by département and by the office the register gives: mayors, and councillors
 * with deputy mayors. Null when none is.
 */
export async function getRegisterCounts(campaignId: string): Promise<RegisterCounts | null> {
  const rows = (await getDb().execute(sql`
    select m.departement_code as departement, min(d.name) as name,
           count(*) filter (where m.official_office = 'mayor')::int as mayors,
           count(*) filter (where m.official_office <> 'mayor')::int as councillors,
           max(e.extract_date)::text as "extractDate"
      from register_matches m
      join signatures s on s.id = m.signature_id
      join register_extracts e on e.id = m.extract_id
      left join departements d on d.code = m.departement_code
     where m.campaign_id = ${campaignId} and m.current and s.status = 'confirmed'
       and (m.result = 'verified' or (m.result = 'review' and m.decision = 'confirmed'))
     group by m.departement_code
     order by m.departement_code`)) as unknown as {
    departement: string;
    name: string | null;
    mayors: number;
    councillors: number;
    extractDate: string;
  }[];
  if (rows.length === 0) return null;
  return {
    extractDate: rows
      .map((row) => row.extractDate)
      .sort()
      .at(-1)!,
    byDepartement: rows.map(({ departement, name, mayors, councillors }) => ({ departement, name, mayors, councillors })),
  };
}

/** The addresses of campaigns, for the pages an import changed. */
export async function campaignSlugsOf(campaignIds: string[]): Promise<string[]> {
  if (campaignIds.length === 0) return [];
  const rows = (await getDb().execute(sql`
    select slug from campaigns where id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(campaignIds)}::jsonb))`)) as unknown as {
    slug: string;
  }[];
  return rows.map((row) => row.slug);
}
