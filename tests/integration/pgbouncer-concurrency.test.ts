import { throughPgBouncer } from "./through-pgbouncer";

// concurrency.test.ts again, through PgBouncer in transaction mode: many confirmations and
// withdrawals at once, from a pool whose transactions land on whichever server connection is free.
if (await throughPgBouncer()) await import("./concurrency.test");
