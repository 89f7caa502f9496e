import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { throughPgBouncer } from "./through-pgbouncer";

// What the app needs from a pooler in transaction mode (issue #13): each transaction may run on
// another server connection, so nothing may rely on state kept between two of them.

const bouncer = await throughPgBouncer();
if (bouncer) {
  const { createTestCampaign, getDb, rows, schema, useIntegrationLifecycle, validSignature } = await import("./support");
  const { migrateAndSeed } = await import("@/lib/db/migrate");
  const { seedDatabase } = await import("@/lib/db/seed");
  const { signCampaign } = await import("@/lib/signing/mutations");
  const { eq } = await import("drizzle-orm");

  useIntegrationLifecycle();

  describe("through PgBouncer in transaction mode", () => {
    test("every transaction the app commits is stored, however many run at once", async () => {
      // postgres.js sent `commit` as a named prepared statement even with DATABASE_PREPARE=false:
      // on another server connection it failed, and its retry rolled the transaction back silently.
      const campaign = await createTestCampaign({ goal: 1000 });
      await Promise.all(
        Array.from({ length: 40 }, () =>
          getDb().transaction(async (tx) => {
            await tx
              .update(schema.campaigns)
              .set({ goal: sql`${schema.campaigns.goal} + 1` })
              .where(eq(schema.campaigns.id, campaign.id));
          }),
        ),
      );
      const [{ goal }] = await getDb().select({ goal: schema.campaigns.goal }).from(schema.campaigns).where(eq(schema.campaigns.id, campaign.id));
      assert.equal(goal, 1040);
    });

    test("every signature answered as accepted is stored, however many sign at once", async () => {
      const campaign = await createTestCampaign();
      const results = await Promise.all(Array.from({ length: 40 }, () => signCampaign(campaign.slug, validSignature())));
      assert.ok(
        results.every((result) => result.kind === "accepted"),
        "every signature is accepted",
      );
      const stored = await getDb().$count(schema.signatures, eq(schema.signatures.campaignId, campaign.id));
      assert.equal(stored, 40);
    });

    test("instances starting together migrate once and leave no start-up lock behind", async () => {
      await Promise.all(Array.from({ length: 3 }, () => migrateAndSeed(process.env.DATABASE_URL!, seedDatabase)));
      // Seen directly: the pooler would hand this query any server connection, not the one holding a lock.
      const direct = postgres(bouncer.directUrl, { max: 1, onnotice: () => {} });
      try {
        const locks = await direct`select count(*)::int as n from pg_locks where locktype = 'advisory' and objid = 7236001`;
        assert.equal(locks[0].n, 0, "a session lock left on a pooled server connection makes the next start wait for it");
      } finally {
        await direct.end();
      }
      await migrateAndSeed(process.env.DATABASE_URL!, seedDatabase);
    });

    test("statements still have a time limit: PgBouncer sets it on its server connections", async () => {
      // The app's start-up parameter is dropped (ignore_startup_parameters); see README.
      const [{ statement_timeout }] = await rows<{ statement_timeout: string }>(sql`show statement_timeout`);
      assert.equal(statement_timeout, "15s");
    });
  });
}
