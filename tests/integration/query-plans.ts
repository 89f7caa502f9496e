import { getSql } from "@/lib/db/client";

// Reading query plans of the statements the application really sends.

/** Every SQL statement `run` sends through the application's connection pool. */
export async function captureQueries(run: () => Promise<unknown>): Promise<{ query: string; params: unknown[] }[]> {
  const client = getSql();
  const original = client.unsafe;
  const seen: { query: string; params: unknown[] }[] = [];
  client.unsafe = ((query: string, params?: unknown[], options?: unknown) => {
    seen.push({ query, params: params ?? [] });
    return (original as (...args: unknown[]) => unknown)(query, params, options);
  }) as typeof original;
  try {
    await run();
  } finally {
    client.unsafe = original;
  }
  return seen;
}

export function relationsIn(plan: unknown): string[] {
  if (Array.isArray(plan)) return plan.flatMap(relationsIn);
  if (!plan || typeof plan !== "object") return [];
  const node = plan as Record<string, unknown>;
  const own = typeof node["Relation Name"] === "string" ? [node["Relation Name"] as string] : [];
  return [...own, ...Object.values(node).flatMap(relationsIn)];
}

/** The EXPLAIN (FORMAT JSON) plans of `queries`. */
export async function plansOf(queries: { query: string; params: unknown[] }[]): Promise<unknown[]> {
  const plans = [];
  for (const { query, params } of queries) {
    const [row] = await getSql().unsafe(`explain (format json) ${query}`, params as never[]);
    const plan = row["QUERY PLAN"];
    plans.push(typeof plan === "string" ? JSON.parse(plan) : plan);
  }
  return plans;
}

/** Every node type in a plan, e.g. "Seq Scan on signatures" or "Index Scan on tally_shards". */
export function scansIn(plan: unknown): string[] {
  if (Array.isArray(plan)) return plan.flatMap(scansIn);
  if (!plan || typeof plan !== "object") return [];
  const node = plan as Record<string, unknown>;
  const own = typeof node["Relation Name"] === "string" ? [`${node["Node Type"]} on ${node["Relation Name"]}`] : [];
  return [...own, ...Object.values(node).flatMap(scansIn)];
}

/** Every node of a plan as "Node Type" or "Node Type using index", e.g. "Sort", "Index Scan using signatures_public_list_idx". */
export function nodesIn(plan: unknown): string[] {
  if (Array.isArray(plan)) return plan.flatMap(nodesIn);
  if (!plan || typeof plan !== "object") return [];
  const node = plan as Record<string, unknown>;
  const type = node["Node Type"];
  const own = typeof type === "string" ? [typeof node["Index Name"] === "string" ? `${type} using ${node["Index Name"]}` : type] : [];
  return [...own, ...Object.values(node).flatMap(nodesIn)];
}
