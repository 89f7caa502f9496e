import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { productionServerArgs } from "../../production-server";
import { APP_ENV } from "../playwright.config";

// Another production server on the same database, for the tests that prove the app is stateless.

export type AppInstance = { url: string; stop(): Promise<void> };

export async function startAppInstance(port: number, env: Record<string, string> = {}): Promise<AppInstance> {
  const url = `http://127.0.0.1:${port}`;
  const root = path.resolve(fileURLToPath(import.meta.url), "../../../..");
  const child: ChildProcess = spawn(process.execPath, productionServerArgs(port), {
    cwd: root,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      // Instances behind one load balancer share one configuration, public address included.
      ...APP_ENV,
      ...env,
    },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance on port ${port} exited (code ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
