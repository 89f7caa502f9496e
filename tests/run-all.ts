import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { createTestDatabase } from "./database";

// `npm test`: the static checks first (lint, types, dead code: seconds, so a slip fails fast), then
// unit tests, integration tests against real PostgreSQL, a production build and the Playwright
// suite in Chromium. One fresh database for the run (see tests/database.ts).

type Step = {
  name: string;
  command: string;
  args: string[];
  /** Each step that needs one gets its own fresh database, so no step sees another's data. */
  database: boolean;
  counts: (output: string) => { passed: number; failed: number };
};

const nodeTestCounts = (output: string) => ({
  passed: Number(/^ℹ pass (\d+)/m.exec(output)?.[1] ?? 0),
  failed: Number(/^ℹ fail (\d+)/m.exec(output)?.[1] ?? 0),
});
const playwrightCounts = (output: string) => ({
  passed: Number(/(\d+) passed/.exec(output)?.[1] ?? 0),
  failed: Number(/(\d+) failed/.exec(output)?.[1] ?? 0),
});
const noCounts = () => ({ passed: 0, failed: 0 });

// Node 20's test runner takes no globs: list the files ourselves.
const testFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts"))
    .sort()
    .map((file) => path.join(dir, file));

// react-server: lib/ modules import "server-only", which only resolves under that condition.
const nodeTest = (dir: string) => [
  "--conditions=react-server",
  "--import",
  "tsx",
  "--test",
  "--test-concurrency=1",
  "--test-reporter=spec",
  ...testFiles(dir),
];

const npmScript = (name: string): Step => ({ name, command: "npm", args: ["run", "--silent", name], database: false, counts: noCounts });

const steps: Step[] = [
  npmScript("lint"),
  npmScript("typecheck"),
  npmScript("structure"),
  npmScript("deadcode"),
  { name: "unit", command: process.execPath, args: nodeTest("tests/unit"), database: false, counts: nodeTestCounts },
  { name: "integration", command: process.execPath, args: nodeTest("tests/integration"), database: true, counts: nodeTestCounts },
  { name: "build", command: "npm", args: ["run", "build"], database: false, counts: noCounts },
  {
    name: "e2e",
    command: "npx",
    args: ["playwright", "test", "--config", "tests/e2e/playwright.config.ts"],
    database: true,
    counts: playwrightCounts,
  },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let exitCode = 0;
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  console.log(`\n=== ${step.name} ===`);
  const database = step.database ? await createTestDatabase() : undefined;
  let result: { code: number; output: string };
  try {
    result = await run(step.command, step.args, database ? { DATABASE_URL: database.url } : {});
  } finally {
    await database?.dispose();
  }
  const counts = step.counts(result.output);
  passed += counts.passed;
  failed += counts.failed;
  if (result.code !== 0) {
    exitCode = 1;
    console.error(`\n${step.name} failed (exit code ${result.code}).`);
    if (counts.failed === 0) failed += 1;
    break;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode);

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
