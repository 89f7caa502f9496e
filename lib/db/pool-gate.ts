import type postgres from "postgres";
import { DatabaseUnavailableError } from "./errors";

// postgres.js queues a query for as long as every pooled connection is busy: a few requests that
// hold connections (issue #13: slow readers of a streamed export held all ten) and every other
// request waits forever. The gate admits at most `size` statements and transactions at once, as
// the pool does, but a caller that cannot get a place within `acquireTimeoutMs` is refused with
// DatabaseUnavailableError (a 503 with Retry-After), and its query is never sent.
//
// postgres.js sends a query only when it is awaited, so holding back the await holds the query.
// A transaction holds its place until it ends; the statements inside it use its own connection.

type Waiter = { admit: () => void; timer: NodeJS.Timeout };

export class PoolGate {
  private inUse = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly size: number,
    private readonly acquireTimeoutMs: number,
  ) {}

  /** How many statements or transactions hold a place, and how many wait for one. */
  get load(): { inUse: number; waiting: number } {
    return { inUse: this.inUse, waiting: this.waiting.length };
  }

  async run<T>(work: () => PromiseLike<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.inUse < this.size && this.waiting.length === 0) {
      this.inUse++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          this.inUse++;
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new DatabaseUnavailableError("busy"));
        }, this.acquireTimeoutMs),
      };
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    this.inUse--;
    const next = this.waiting.shift();
    if (next) next.admit();
  }
}

type PendingQuery = PromiseLike<unknown> & { values(): PendingQuery };

/**
 * The same postgres.js client, with `unsafe` and `begin` (what Drizzle and lib/db/client.ts call)
 * admitted through the gate. Everything else (options, parsers, `end`) is the client's own.
 */
export function gatedClient(sql: postgres.Sql, gate: PoolGate): postgres.Sql {
  const rawUnsafe = sql.unsafe.bind(sql);
  const gatedUnsafe = (...args: Parameters<postgres.Sql["unsafe"]>) => {
    const query = rawUnsafe(...args) as unknown as PendingQuery;
    let rows: PendingQuery = query;
    const gated = {
      values() {
        rows = query.values();
        return gated;
      },
      // biome-ignore lint/suspicious/noThenProperty: a lazy thenable on purpose, like the postgres.js query it stands for: the query is sent once awaited
      then<A, B>(onFulfilled?: (value: unknown) => A | PromiseLike<A>, onRejected?: (reason: unknown) => B | PromiseLike<B>) {
        return gate.run(() => rows).then(onFulfilled, onRejected);
      },
    };
    return gated;
  };
  const begin = (...args: unknown[]) => gate.run(() => (sql.begin as (...a: unknown[]) => Promise<unknown>)(...args));
  // `unsafe` may be replaced on the gated client (tests record the statements sent through it).
  let unsafe: unknown = gatedUnsafe;
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") return unsafe;
      if (property === "begin") return begin;
      return Reflect.get(target, property, receiver);
    },
    set(target, property, value, receiver) {
      if (property !== "unsafe") return Reflect.set(target, property, value, receiver);
      unsafe = value;
      return true;
    },
  });
}
