import { after, test } from "node:test";
import { pgbouncerMissing, startPgBouncer } from "../pgbouncer";

// For the integration tests that also run through PgBouncer in transaction mode (issue #13): starts
// one in front of the test database and points the app's pool at it with DATABASE_PREPARE=false,
// as README's PgBouncer section says. Call it before importing ./support or lib/ (they read
// DATABASE_URL once). Returns the direct address, for checks the pooler would hide (pg_locks);
// without pgbouncer (outside CI) it records one skipped test that says how to install it.

export async function throughPgBouncer(): Promise<{ directUrl: string } | undefined> {
  const missing = pgbouncerMissing();
  if (missing) {
    test("through PgBouncer in transaction mode", { skip: missing }, () => {});
    return undefined;
  }
  const directUrl = process.env.DATABASE_URL;
  if (!directUrl) throw new Error("Integration tests need DATABASE_URL; run them with `npm test` or `npm run test:integration`.");
  const bouncer = await startPgBouncer(directUrl);
  after(() => bouncer.stop());
  process.env.DATABASE_URL = bouncer.url;
  process.env.DATABASE_PREPARE = "false";
  return { directUrl };
}
