import { spawn } from "node:child_process";
import { createTestDatabase } from "./database";

// `node --import tsx tests/with-database.ts <command...>`: runs a command with DATABASE_URL set to
// a fresh test database, and removes that database afterwards.
const [command, ...args] = process.argv.slice(2);
const database = await createTestDatabase();
const child = spawn(command, args, {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url },
  shell: process.platform === "win32",
});
const code: number = await new Promise((resolve) => child.on("close", (status) => resolve(status ?? 1)));
await database.dispose();
process.exit(code);
