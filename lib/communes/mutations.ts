import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/lib/db/client";
import { communes, departements, referenceDataVersions, regions } from "@/lib/db/schema";
import { type CommuneRow, communeDataVersion, readCommuneBatches, readDepartements, readRegions } from "./package-data";

const DATASET = "communes";
const BATCH_SIZE = 5_000;

export type CommuneLoad = { loaded: false; version: string } | { loaded: true; version: string; communes: number; retired: number };

/**
 * Makes the communes, départements and regions tables hold the installed package's data, at
 * start-up (lib/startup.ts). Does nothing when that version is already loaded, so a restart costs
 * one read. Otherwise loads it in one transaction (readers keep the previous data until it commits)
 * under an advisory lock, so instances starting together load it once. Rows are upserted, never
 * deleted: a commune the newer data no longer lists is marked retired and keeps its département.
 */
export async function loadCommuneData(version = communeDataVersion()): Promise<CommuneLoad> {
  const db = getDb();
  if (await isLoaded(db, version)) return { loaded: false, version };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('reference-data:communes', 0))`);
    if (await isLoaded(tx, version)) return { loaded: false, version };
    await tx
      .insert(regions)
      .values(readRegions().map((row) => ({ ...row, dataVersion: version })))
      .onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name`, dataVersion: version } });
    await tx
      .insert(departements)
      .values(readDepartements().map((row) => ({ ...row, dataVersion: version })))
      .onConflictDoUpdate({
        target: departements.code,
        set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code`, dataVersion: version },
      });
    let count = 0;
    for await (const batch of readCommuneBatches(BATCH_SIZE)) {
      await upsertCommunes(tx, batch, version);
      count += batch.length;
    }
    const retired = await tx
      .update(communes)
      .set({ retiredAt: new Date() })
      .where(sql`${communes.dataVersion} <> ${version} and ${communes.retiredAt} is null`)
      .returning({ code: communes.code });
    await tx
      .insert(referenceDataVersions)
      .values({ dataset: DATASET, version })
      .onConflictDoUpdate({ target: referenceDataVersions.dataset, set: { version, loadedAt: new Date() } });
    return { loaded: true, version, communes: count, retired: retired.length };
  });
}

// One statement per batch, its rows as one JSON parameter: nothing to bind row by row.
async function upsertCommunes(tx: Transaction, batch: CommuneRow[], version: string): Promise<void> {
  await tx.execute(sql`
    insert into communes (code, name, search_name, departement_code, region_code, kind, parent_code, population, data_version)
    select r.code, r.name, r."searchName", r."departementCode", r."regionCode", r.kind, r."parentCode", r.population, ${version}
      from json_to_recordset(${JSON.stringify(batch)}::json) as r(code text, name text, "searchName" text, "departementCode" text,
                                                                 "regionCode" text, kind text, "parentCode" text, population integer)
    on conflict (code) do update
       set name = excluded.name, search_name = excluded.search_name, departement_code = excluded.departement_code,
           region_code = excluded.region_code, kind = excluded.kind, parent_code = excluded.parent_code,
           population = excluded.population, data_version = excluded.data_version, retired_at = null`);
}

type Reader = Pick<ReturnType<typeof getDb>, "select">;

async function isLoaded(db: Reader, version: string): Promise<boolean> {
  const [row] = await db
    .select({ version: referenceDataVersions.version })
    .from(referenceDataVersions)
    .where(eq(referenceDataVersions.dataset, DATASET));
  return row?.version === version;
}
