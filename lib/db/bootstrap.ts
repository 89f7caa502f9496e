import "server-only";
import { getEnv } from "@/lib/env";
import { startEmbeddedDatabase } from "./embedded";
import { migrateAndSeed } from "./migrate";
import { seedDatabase } from "./seed";

/**
 * Makes the database ready before the server takes requests: starts the embedded PostgreSQL when
 * DATABASE_URL is unset, then applies migrations and the seed (unless SEED_CAMPAIGNS=false: a
 * deployment that runs other campaigns gets none of the documented ones; issue #10).
 */
export async function prepareDatabase(): Promise<void> {
  const env = getEnv();
  if (env.usesEmbeddedDatabase) {
    await startEmbeddedDatabase({
      dir: env.EMBEDDED_DATABASE_DIR,
      port: env.EMBEDDED_DATABASE_PORT,
      persistent: true,
    });
  }
  await migrateAndSeed(env.databaseUrl, env.SEED_CAMPAIGNS ? seedDatabase : async () => {});
}
