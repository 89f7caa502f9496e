import { throughPgBouncer } from "./through-pgbouncer";

// moderation-concurrency.test.ts again, through PgBouncer in transaction mode: its
// transaction-scoped advisory lock (lib/moderation/recount-sql.ts) must hold there too.
if (await throughPgBouncer()) await import("./moderation-concurrency.test");
