import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The production server as `npm start` runs it (package.json's "start" script, flags included), for
// the browser tests and the benchmark: they measure and exercise exactly what a deployment runs.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Node's arguments for the server on this port: `extraNodeArgs` (e.g. --cpu-prof) go before the script. */
export function productionServerArgs(port: number, extraNodeArgs: string[] = []): string[] {
  const start = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [program, ...args] = start.trim().split(/\s+/);
  if (program !== "node") throw new Error(`package.json's start script should run node, not: ${start}`);
  const script = args.findIndex((arg) => !arg.startsWith("-"));
  if (script < 0) throw new Error(`package.json's start script names no script: ${start}`);
  return [
    ...args.slice(0, script),
    ...extraNodeArgs,
    path.join(ROOT, args[script]),
    ...args.slice(script + 1),
    "-p",
    String(port),
    "-H",
    "127.0.0.1",
  ];
}
