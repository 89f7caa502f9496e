import "server-only";
import { createReadStream, readFileSync } from "node:fs";
import path from "node:path";
import { jsonArrayObjects } from "./json-array-stream";
import { communeSearchKey } from "./search-key";

// The official lists of French communes, départements and regions (issue #14), as published by
// Etalab in @etalab/decoupage-administratif (data from INSEE's Code officiel géographique, under
// the Licence Ouverte; the package's code is MIT). Read from node_modules relative to the working
// directory, like the migrations (lib/db/migrate.ts): the production bundle keeps packages external.

const PACKAGE_DIR = path.resolve("node_modules/@etalab/decoupage-administratif");

/** The package's version: the data loaded is stamped with it, and a newer one is loaded again. */
export function communeDataVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string }).version;
}

export type RegionRow = { code: string; name: string };
export type DepartementRow = { code: string; name: string; regionCode: string };
export type CommuneRow = {
  code: string;
  name: string;
  searchName: string;
  departementCode: string;
  regionCode: string;
  kind: "commune" | "arrondissement";
  parentCode: string | null;
  population: number | null;
};

type PackageEntry = { code: string; nom: string; region?: string; departement?: string; type?: string; commune?: string; population?: number };

// Small files (10 KB and 2 KB): read whole.
const readSmall = (file: string) => JSON.parse(readFileSync(path.join(PACKAGE_DIR, "data", file), "utf8")) as PackageEntry[];

export function readRegions(): RegionRow[] {
  return readSmall("regions.json").map(({ code, nom }) => ({ code, name: nom }));
}

/** The 101 départements, overseas ones included, and the collectivités d'outre-mer the file lists with them. */
export function readDepartements(): DepartementRow[] {
  return readSmall("departements.json").map(({ code, nom, region }) => ({ code, name: nom, regionCode: region ?? code }));
}

/**
 * Which rows are offered. Every "commune-actuelle": each has a council and a mayor, and the national
 * register of elected officials lists councillors by its code. The 45 "arrondissement-municipal" of
 * Paris, Lyon and Marseille too: each has its own mayor and council (the mayor of Paris' 5th
 * district signs as such), and its row names its commune (parentCode) and the same département.
 * Not the "commune-deleguee" and "commune-associee" rows: they are former communes inside a
 * commune nouvelle, with no council of their own (their maires délégués sit on the new commune's
 * council), their names would crowd the homonyms shown to signers, and a commune déléguée that
 * was the seat often carries the very code of its commune nouvelle, which would name two places.
 */
function toCommune(entry: PackageEntry): CommuneRow | null {
  const kind = entry.type === "commune-actuelle" ? "commune" : entry.type === "arrondissement-municipal" ? "arrondissement" : null;
  if (!kind || !entry.departement || !entry.region) return null;
  return {
    code: entry.code,
    name: entry.nom,
    searchName: communeSearchKey(entry.nom),
    departementCode: entry.departement,
    regionCode: entry.region,
    kind,
    parentCode: kind === "arrondissement" ? (entry.commune ?? null) : null,
    population: typeof entry.population === "number" ? entry.population : null,
  };
}

/** The communes offered, streamed from the 8.6 MB file in batches of `batchSize` (never all in memory). */
export async function* readCommuneBatches(batchSize: number): AsyncGenerator<CommuneRow[]> {
  const stream = createReadStream(path.join(PACKAGE_DIR, "data", "communes.json"), { encoding: "utf8", highWaterMark: 64 * 1024 });
  let batch: CommuneRow[] = [];
  for await (const entry of jsonArrayObjects(stream)) {
    const row = toCommune(entry as PackageEntry);
    if (!row) continue;
    batch.push(row);
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
