import type { KnipConfig } from "knip";

// Dead-code check (`npm run deadcode`, run first by `npm test`). Two passes:
// - `knip`: files, exports, types and dependencies nothing uses, tests included;
// - `knip --production`: the same without the tests, so production code that only tests call
//   (issue #10: canEditCampaign, canManageTeam, createToken) is found too. An export that its
//   own module uses is not reported in that pass: a tested internal is not dead code. An export
//   tagged `@internal` is a seam only tests need on purpose (closeDb); that pass skips it too.
const production = process.argv.includes("--production");

const config: KnipConfig = {
  // The Next.js plugin adds the App Router files (app/**/page.tsx, route.ts, layout.tsx, …),
  // proxy.ts, instrumentation.ts and next.config.mjs; `!` marks production entries.
  // package.json's scripts name the test runner, the benchmark and the production server
  // (lib/production-server/main.ts, bundled by `npm run build`); the production pass reads only `start`, which
  // runs the bundle, so it is given the server's source.
  entry: [
    ...(production ? ["lib/production-server/main.ts!"] : []),
    "tests/**/*.test.ts",
    // Run as a process: Playwright and the benchmark start the fake Resend server.
    "tests/fakes/*.ts",
  ],
  project: ["**/*.{ts,tsx,mjs}!", "!tests/**!"],
  drizzle: { config: "drizzle/drizzle.config.ts" },
  playwright: { config: "tests/e2e/playwright.config.ts", entry: ["tests/e2e/**/*.spec.ts"] },
  // PostgreSQL's own benchmark tool, from the system's postgresql-client, and poppler-utils' pdftotext
  // (the delivery packs' tests read the PDFs' text with it), not from npm.
  ignoreBinaries: ["pgbench", "pdftotext"],
  // The Persian font's files, named by path in app/[locale]/layout.tsx (next/font/local) and
  // lib/delivery/pack-html.ts (inlined in the delivery packs); the
  // communes' data files, read by path in lib/communes/package-data.ts (streamed, never imported).
  ignoreDependencies: ["vazirmatn", "@etalab/decoupage-administratif"],
  ignoreExportsUsedInFile: production,
};

export default config;
