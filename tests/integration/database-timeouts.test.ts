import assert from "node:assert/strict";
import net from "node:net";
import { after, describe, test } from "node:test";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { getDb, useIntegrationLifecycle } from "./support";

const { PoolGate, gatedClient } = await import("@/lib/db/pool-gate");
const { DatabaseUnavailableError, isDatabaseUnavailable } = await import("@/lib/db/errors");
const { withDatabaseErrors } = await import("@/lib/http/unavailable");

useIntegrationLifecycle();

// Issue #13: no request waits forever for the database. A place in the pool, a new connection and
// each statement all have a deadline, and what comes past one is recognised as "unavailable".

const url = process.env.DATABASE_URL!;
const clients: postgres.Sql[] = [];
after(async () => {
  await Promise.all(clients.map((client) => client.end({ timeout: 1 })));
});
function client(options: postgres.Options<Record<string, postgres.PostgresType>> = {}): postgres.Sql {
  const made = postgres(url, { onnotice: () => {}, ...options });
  clients.push(made);
  return made;
}

/** The error `run` rejects with. */
async function rejectionOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  assert.fail("expected a rejection");
}

describe("the pool gate", () => {
  test("refuses a caller who waits longer than the acquire timeout, and never sends its statement", async () => {
    const gated = gatedClient(client({ max: 2 }), new PoolGate(2, 300));
    await gated.unsafe("create table if not exists gate_probe (n int)");
    let sleepersDone = false;
    const sleepers = Promise.all([gated.unsafe("select pg_sleep(1.5)"), gated.unsafe("select pg_sleep(1.5)")]).then(() => {
      sleepersDone = true;
    });
    const error = await rejectionOf(() => gated.unsafe("insert into gate_probe values (1)"));
    assert.ok(error instanceof DatabaseUnavailableError, String(error));
    assert.equal(error.reason, "busy");
    assert.ok(isDatabaseUnavailable(error));
    assert.equal(sleepersDone, false, "refused while both places were still taken, not after");
    await sleepers;
    const [{ n }] = await gated.unsafe("select count(*)::int as n from gate_probe");
    assert.equal(n, 0, "the refused insert was never sent");
    await gated.unsafe("drop table gate_probe");
  });

  test("admits waiting callers in turn as places free up, transactions holding theirs until they end", async () => {
    const gate = new PoolGate(1, 5_000);
    const gated = gatedClient(client({ max: 1 }), gate);
    const order: string[] = [];
    const transaction = gated.begin(async (tx) => {
      await tx`select pg_sleep(0.2)`;
      order.push("transaction");
    });
    const query = gated.unsafe("select 1").then(() => order.push("query"));
    assert.deepEqual(gate.load, { inUse: 1, waiting: 1 });
    await Promise.all([transaction, query]);
    assert.deepEqual(order, ["transaction", "query"]);
    assert.deepEqual(gate.load, { inUse: 0, waiting: 0 });
  });

  test("the application's pool goes through the gate and sets a statement timeout on its connections", async () => {
    const [{ statement_timeout }] = (await getDb().execute(sql`show statement_timeout`)) as unknown as { statement_timeout: string }[];
    assert.equal(statement_timeout, "15s");
  });
});

describe("what counts as the database being unavailable", () => {
  test("a statement past statement_timeout", async () => {
    const error = await rejectionOf(() => client({ max: 1, connection: { statement_timeout: 100 } })`select pg_sleep(2)`);
    assert.equal((error as { code?: string }).code, "57014");
    assert.ok(isDatabaseUnavailable(error));
  });

  test("a server that refuses connections", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await rejectionOf(() => postgres({ host: "127.0.0.1", port, max: 1, connect_timeout: 1 })`select 1`);
    assert.ok(isDatabaseUnavailable(error), String(error));
  });

  test("a server that accepts and never answers, past the connect timeout", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const error = await rejectionOf(() => postgres({ host: "127.0.0.1", port, max: 1, connect_timeout: 0.3 })`select 1`);
      assert.equal((error as { code?: string }).code, "CONNECT_TIMEOUT");
      assert.ok(isDatabaseUnavailable(error));
    } finally {
      silent.close();
    }
  });

  test("a statement that is wrong is not", async () => {
    const error = await rejectionOf(() => getDb().execute(sql`select * from no_such_table`));
    assert.equal(isDatabaseUnavailable(error), false);
  });

  test("route handlers answer 503 with Retry-After for it, and still throw anything else", async () => {
    const unavailable = withDatabaseErrors(async () => {
      throw new DatabaseUnavailableError("unreachable");
    });
    const response = await unavailable();
    assert.equal(response.status, 503);
    assert.equal(response.headers.get("retry-after"), "5");
    assert.equal((await response.json()).error, "unavailable");
    const broken = withDatabaseErrors(async () => {
      throw new Error("a bug");
    });
    await assert.rejects(broken(), /a bug/);
  });
});
