import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import postgres from "postgres";
import { createTestDatabase, type TestDatabase } from "../database";

// SEED_CAMPAIGNS=false (issue #10): a deployment that runs other campaigns starts with the schema and
// none of the documented events and campaigns. A database of its own, prepared as start-up prepares
// it (not the suite's shared one, which tests/integration/support.ts seeds).

let database: TestDatabase;
let sql: postgres.Sql;

before(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.SEED_CAMPAIGNS = "false";
  sql = postgres(database.url, { max: 1, onnotice: () => {} });
});

after(async () => {
  await sql?.end();
  await database?.dispose();
});

describe("SEED_CAMPAIGNS=false", () => {
  test("start-up migrates a fresh database but seeds no event and no campaign", async () => {
    const { prepareDatabase } = await import("@/lib/db/bootstrap");
    await prepareDatabase();

    const [counts] = await sql<{ campaigns: number; events: number; offline_tallies: number }[]>`select
      (select count(*)::int from campaigns) as campaigns,
      (select count(*)::int from events) as events,
      (select count(*)::int from offline_tallies) as offline_tallies`;
    assert.deepEqual(counts, { campaigns: 0, events: 0, offline_tallies: 0 });
  });
});
