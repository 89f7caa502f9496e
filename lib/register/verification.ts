import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { Office } from "@/lib/signatory-list/offices";
import { matchOfficial, type Candidate, type MatchOutcome } from "./matching";

// Checks signatures of officials against the register (issue #14). Each office is governed by the
// latest complete extract that lists it (the councillors' file lists mayors, deputies and
// councillors; the mayors' file only mayors): a signature's current result is against that
// extract, and the results against earlier ones stay as history. Run after every import, for
// every signature it governs, and on demand for one campaign (signatures that came in since).

export const REGISTER_OFFICES: Office[] = ["mayor", "deputy-mayor", "municipal-councillor"];
const COVERS = { "municipal-councillors": REGISTER_OFFICES, mayors: ["mayor"] } as const;

type SignatureRow = { id: string; campaign_id: string; full_name: string; office: Office; commune_code: string };
type PreviousRow = {
  signature_id: string;
  extract_id: string;
  result: string;
  difference: string | null;
  official_name: string | null;
  official_office: string | null;
  decision: "confirmed" | "rejected" | null;
  decided_by: string | null;
  decided_at: Date | null;
};

/** The extract governing each office: the latest complete one (by extract date, then import) that lists it. */
async function governingExtracts(): Promise<Map<Office, string>> {
  const extracts = (await getDb().execute(sql`
    select id, kind from register_extracts where status = 'complete'
     order by extract_date desc, completed_at desc`)) as unknown as { id: string; kind: keyof typeof COVERS }[];
  const governing = new Map<Office, string>();
  for (const extract of extracts) for (const office of COVERS[extract.kind]) if (!governing.has(office)) governing.set(office, extract.id);
  return governing;
}

const officialName = (official: Candidate) => `${official.firstName} ${official.surname}`;
const countsAsVerified = (row: PreviousRow) => row.result === "verified" || (row.result === "review" && row.decision === "confirmed");

/** The result that stands: an official verified before and not found now has left office. */
function settle(outcome: MatchOutcome, previous: PreviousRow | undefined, extractId: string) {
  const base = {
    result: outcome.result as string,
    difference: outcome.result === "review" ? outcome.difference : null,
    officialName: outcome.result === "not-found" ? null : officialName(outcome.official),
    officialOffice: outcome.result === "not-found" ? null : outcome.official.office,
    departementCode: outcome.result === "not-found" ? null : outcome.official.departementCode,
    decision: null as PreviousRow["decision"],
    decidedBy: null as string | null,
    decidedAt: null as Date | null,
  };
  if (!previous) return base;
  const sameExtract = previous.extract_id === extractId;
  if (outcome.result === "not-found" && (previous.result === "left-office" || (!sameExtract && countsAsVerified(previous)))) {
    return { ...base, result: "left-office", officialName: previous.official_name, officialOffice: previous.official_office };
  }
  // The organizers' answer holds for as long as the register shows the same difference.
  if (
    outcome.result === "review" &&
    previous.result === "review" &&
    previous.decision &&
    previous.difference === base.difference &&
    previous.official_name === base.officialName &&
    previous.official_office === base.officialOffice
  ) {
    return { ...base, decision: previous.decision, decidedBy: previous.decided_by, decidedAt: previous.decided_at };
  }
  return base;
}

async function verifyGroup(extractId: string, signatures: SignatureRow[], campaignIds: Set<string>): Promise<number> {
  if (signatures.length === 0) return 0;
  for (const signature of signatures) campaignIds.add(signature.campaign_id);
  const db = getDb();
  const communes = [...new Set(signatures.map((s) => s.commune_code))];
  const officials = (await db.execute(sql`
    select departement_code, commune_code, surname, first_name, office from register_officials
     where extract_id = ${extractId} and commune_code in (select jsonb_array_elements_text(${JSON.stringify(communes)}::jsonb))`)) as unknown as {
    departement_code: string;
    commune_code: string;
    surname: string;
    first_name: string;
    office: string;
  }[];
  const byCommune = new Map<string, Candidate[]>();
  for (const row of officials) {
    const list = byCommune.get(row.commune_code) ?? [];
    list.push({ surname: row.surname, firstName: row.first_name, office: row.office, departementCode: row.departement_code });
    byCommune.set(row.commune_code, list);
  }
  const ids = signatures.map((s) => s.id);
  const previous = new Map(
    (
      (await db.execute(sql`
        select signature_id, extract_id, result, difference, official_name, official_office, decision, decided_by, decided_at
          from register_matches where current and signature_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`)) as unknown as PreviousRow[]
    ).map((row) => [row.signature_id, row]),
  );
  const rows = signatures.map((signature) => {
    const outcome = matchOfficial(signature.full_name, signature.office, byCommune.get(signature.commune_code) ?? []);
    return { signature, ...settle(outcome, previous.get(signature.id), extractId) };
  });
  const records = rows.map((row) => ({
    s: row.signature.id,
    c: row.signature.campaign_id,
    r: row.result,
    d: row.difference,
    n: row.officialName,
    o: row.officialOffice,
    dep: row.departementCode,
    dec: row.decision,
    by: row.decidedBy,
    at: row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
  }));
  await db.transaction(async (tx) => {
    await tx.execute(sql`update register_matches set current = false
       where current and signature_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`);
    await tx.execute(sql`
      insert into register_matches
        (signature_id, extract_id, campaign_id, result, difference, official_name, official_office, departement_code, decision, decided_by, decided_at, current)
      select s, ${extractId}::uuid, c, r::register_match_result, d, n, o, dep, dec::register_decision, by, at, true
        from jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
             as t(s uuid, c uuid, r text, d text, n text, o text, dep text, dec text, by uuid, at timestamptz)
      on conflict (signature_id, extract_id) do update set
        result = excluded.result, difference = excluded.difference, official_name = excluded.official_name,
        official_office = excluded.official_office, departement_code = excluded.departement_code,
        decision = excluded.decision, decided_by = excluded.decided_by, decided_at = excluded.decided_at,
        current = true, matched_at = now()`);
  });
  return rows.length;
}

const GROUP = 2_000;

/**
 * Matches the signatures of officials (an office the register lists and a commune code), of one
 * campaign or of all, against the extract governing their office. Returns how many were checked,
 * and the campaigns they belong to: their public pages show the marks and counts, and are cached.
 */
export async function runVerification(scope: { campaignId?: string } = {}): Promise<{ checked: number; campaignIds: string[] }> {
  const governing = await governingExtracts();
  const campaignIds = new Set<string>();
  let checked = 0;
  for (const extractId of new Set(governing.values())) {
    const offices = [...governing].filter(([, id]) => id === extractId).map(([office]) => office);
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const signatures = (await getDb().execute(sql`
        select id, campaign_id, full_name, office, commune_code from signatures
         where office in (select jsonb_array_elements_text(${JSON.stringify(offices)}::jsonb)) and commune_code is not null
           and status in ('pending', 'confirmed') and id > ${after}::uuid
           ${scope.campaignId ? sql`and campaign_id = ${scope.campaignId}` : sql``}
         order by id limit ${GROUP}`)) as unknown as SignatureRow[];
      checked += await verifyGroup(extractId, signatures, campaignIds);
      if (signatures.length < GROUP) break;
      after = signatures[signatures.length - 1].id;
    }
  }
  return { checked, campaignIds: [...campaignIds] };
}
