import "server-only";
import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

// Any number of app instances may start together against one database: an advisory lock
// makes exactly one of them migrate and seed while the others wait.
const STARTUP_LOCK = 7_236_001;

export async function migrateAndSeed(databaseUrl: string, seed: (sql: postgres.Sql) => Promise<void>): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`;
    try {
      await migrate(drizzle(sql), { migrationsFolder: path.resolve("drizzle/migrations") });
      await seed(sql);
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
