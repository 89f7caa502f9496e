import type { Measurement } from "./scenarios";

export type Row = Measurement & { name: string; baseline: string | null; target: string; peakRssMb: number; note: string };

/** One table: each scenario with its ratio to the baseline measured in the same run. */
export function printTable(rows: Row[], machine: Record<string, unknown>): void {
  const byName = new Map(rows.map((row) => [row.name, row]));
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "errors", "peak MB", "server µs/req", "db µs/req", "× baseline", "target"];
  const lines = rows.map((row) => {
    const base = row.baseline ? byName.get(row.baseline) : undefined;
    const ratio = base?.requestsPerSecond ? `${(row.requestsPerSecond / base.requestsPerSecond).toFixed(2)} × ${row.baseline}` : "";
    return [
      row.name,
      String(row.requestsPerSecond),
      fmt(row.p50Ms),
      fmt(row.p99Ms),
      String(row.errors),
      String(row.peakRssMb),
      fmt(row.serverCpuUs ?? null),
      fmt(row.databaseCpuUs ?? null),
      ratio,
      row.target,
    ];
  });
  const widths = header.map((_, i) => Math.max(header[i].length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  console.log(`\nMachine: ${JSON.stringify(machine)}`);
  console.log(format(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const line of lines) console.log(format(line));
  for (const row of rows.filter((r) => r.note)) console.log(`  ${row.name}: ${row.note}`);
}

const fmt = (value: number | null) => (value === null || Number.isNaN(value) ? "—" : String(value));
