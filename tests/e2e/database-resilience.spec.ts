import net from "node:net";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { petitionSignature, signaturesUrl } from "./support/api";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { uniqueEmail, uniqueId } from "./support/ids";

// Issue #13, finding 1: a dozen anonymous clients that opened the public signatories CSV and
// stopped reading held every pooled database connection (the export read from a cursor), and
// signing, the API and /api/health stopped answering. A stalled download may hold a socket, never a
// connection; and no request waits forever for the database: 503 with Retry-After instead.

const SOURCE_SLUG = "mayors-declaration";
const LISTED = 60_000; // with a long comment each, far more than the sockets' buffers hold
const STALLED_READERS = 24;
const POOL_SIZE = 4;

let sql: postgres.Sql;
test.beforeAll(() => {
  sql = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
});
test.afterAll(async () => {
  await sql?.end();
});

/** A copy of a seeded campaign under a new slug, open, listing `listed` confirmed signers. */
async function campaignWithListedSigners(listed: number): Promise<string> {
  const slug = `slow-readers-${uniqueId()}`.toLowerCase();
  await sql.begin(async (tx) => {
    await tx`create temporary table copied on commit drop as select * from campaigns where slug = ${SOURCE_SLUG}`;
    await tx`update copied set id = gen_random_uuid(), slug = ${slug}, title = ${`Stalled readers test ${slug}`}, status = 'open', list_names_publicly = true, closes_at = null`;
    await tx`insert into campaigns select * from copied`;
    await tx`
      insert into signatures (campaign_id, status, email, email_canonical, full_name, country, show_name, comment,
                              opt_in_updates, consented_at, confirmed_at, withdraw_token_hash)
      select c.id, 'confirmed', 'reader' || g || '@example.org', 'reader' || g || '@example.org', 'Listed Signer ' || g, 'FR',
             true, repeat('A comment long enough to fill socket buffers. ', 6), false, now(), now(),
             sha256(convert_to(c.id::text || g, 'UTF8'))
        from copied c, generate_series(1, ${listed}) g`;
  });
  await sql`analyze signatures`;
  return slug;
}

/** A client that asks for `path` and never reads a byte of the answer. */
function stalledReader(port: number, path: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
      socket.pause();
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

async function timed(url: string, init?: RequestInit): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
}

test.describe("stalled downloads of the signatories CSV", () => {
  let app: AppInstance;
  let slug: string;
  const readers: net.Socket[] = [];

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    slug = await campaignWithListedSigners(LISTED);
    app = await startAppInstance(3103, { DATABASE_POOL_SIZE: String(POOL_SIZE), RATE_LIMIT_SIGN_PER_MINUTE: "0" });
  });
  test.afterAll(async () => {
    for (const reader of readers) reader.destroy();
    await app?.stop();
    // Its 60,000 signers and its title would show in other tests' lists.
    if (slug) await sql`delete from campaigns where slug = ${slug}`;
  });

  test("hold no database connection, and everyone else is still served", async () => {
    test.setTimeout(90_000);
    const port = Number(new URL(app.url).port);
    for (let i = 0; i < STALLED_READERS; i++) readers.push(await stalledReader(port, `/api/v1/campaigns/${slug}/signatories.csv`));
    // The server writes to each reader until its socket buffers are full (megabytes on loopback),
    // then stops reading the list for it. Wait for that: no statement of the list for 3 s in a row.
    const held = async () => [
      ...(await sql<{ state: string; query: string }[]>`
        select state, query from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid()
           and (state like 'idle in transaction%' or (state = 'active' and query like '%full_name%'))`),
    ];
    let quietSince = Date.now();
    await expect
      .poll(
        async () => {
          if ((await held()).length > 0) quietSince = Date.now();
          return Date.now() - quietSince >= 3_000;
        },
        { timeout: 60_000, intervals: [100], message: "the server kept reading the list for readers who read nothing" },
      )
      .toBe(true);
    // Today's readers still stall, and they hold no connection, idle in a transaction or otherwise.
    expect(await held()).toEqual([]);
    expect(readers.every((reader) => !reader.destroyed)).toBe(true);

    expect((await timed(`${app.url}/api/health`)).status).toBe(200);
    expect((await timed(`${app.url}/api/v1/campaigns/${slug}/count`)).status).toBe(200);
    const signed = await timed(`${app.url}${signaturesUrl(slug)}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...petitionSignature(uniqueEmail("beside-stalled")), municipality: "Paris", office: "mayor" }),
    });
    expect(signed.status).toBe(202);

    // A reader that does read still gets the whole file.
    const whole = await (await timed(`${app.url}/api/v1/campaigns/${slug}/signatories.csv`)).text();
    expect(whole.trimEnd().split("\r\n")).toHaveLength(LISTED + 1);
  });
});

/**
 * A TCP relay between the app and PostgreSQL that can stop answering: new connections are then
 * accepted and never relayed (a database behind a dead network), and open ones are cut.
 */
async function relayTo(target: URL): Promise<{ port: number; blackHole(): void; restore(): void; close(): void }> {
  let dead = false;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.on("error", () => {});
    if (dead) return;
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    open.add(upstream);
    upstream.on("close", () => open.delete(upstream));
    upstream.on("error", () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    blackHole() {
      dead = true;
      for (const socket of open) socket.destroy();
    },
    restore() {
      dead = false;
    },
    close() {
      for (const socket of open) socket.destroy();
      server.close();
    },
  };
}

test.describe("a database out of reach", () => {
  let app: AppInstance;
  let relay: Awaited<ReturnType<typeof relayTo>>;

  test.beforeAll(async () => {
    const target = new URL(process.env.DATABASE_URL!);
    relay = await relayTo(target);
    const viaRelay = new URL(target);
    viaRelay.host = `127.0.0.1:${relay.port}`;
    app = await startAppInstance(3104, {
      DATABASE_URL: viaRelay.toString(),
      DATABASE_CONNECT_TIMEOUT_MS: "1000",
      EMAIL_WORKER: "false",
      PAGE_CACHE_MS: "0",
    });
  });
  test.afterAll(async () => {
    await app?.stop();
    relay?.close();
  });

  test("answers 503 with Retry-After, never a hang or a 500, and recovers when it is back", async () => {
    test.setTimeout(60_000);
    relay.blackHole();
    const health = await timed(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toBe("5");

    for (const [path, init] of [
      ["/api/v1/campaigns/un-commission-of-inquiry/count", undefined],
      ["/api/v1/campaigns/un-commission-of-inquiry", undefined],
      [
        signaturesUrl("un-commission-of-inquiry"),
        { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(petitionSignature(uniqueEmail("unreachable"))) },
      ],
    ] as const) {
      const response = await timed(`${app.url}${path}`, init);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("retry-after"), path).toBe("5");
      expect(await response.json(), path).toMatchObject({ error: "unavailable" });
    }

    relay.restore();
    await expect.poll(async () => (await timed(`${app.url}/api/health`)).status, { timeout: 20_000 }).toBe(200);
  });
});
