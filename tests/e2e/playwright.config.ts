import { defineConfig } from "@playwright/test";
import { productionServerArgs } from "../production-server";

// Runs against the production build (`next build` first; `npm test` does it) with the real Resend
// SDK pointed at the local fake. DATABASE_URL comes from tests/run-all.ts.
export const APP_PORT = 3100;
export const FAKE_RESEND_PORT = 3199;
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
export const FAKE_RESEND_URL = `http://127.0.0.1:${FAKE_RESEND_PORT}`;
export const ADMIN_EMAIL = "admin@organizers.example";

/** The configuration of every app server the browser tests start (tests/e2e/support/app-instance.ts too). */
export const APP_ENV = {
  APP_URL,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  RESEND_API_KEY: "re_test_e2e",
  RESEND_BASE_URL: FAKE_RESEND_URL,
  EMAIL_FROM: "Petitions <petitions@example.org>",
  EMAIL_WORKER_INTERVAL_MS: "500",
  // Magic links carry this host; the first admin signs in in tests/e2e/organizer.spec.ts.
  AUTH_URL: `${APP_URL}/api/auth`,
  ADMIN_EMAILS: ADMIN_EMAIL,
  // The tests sign the admin in dozens of times; the limit itself is tested in sign-in-links.spec.ts.
  RATE_LIMIT_SIGN_IN_LINKS_PER_HOUR: "0",
  // Every browser test signs from 127.0.0.1 and mostly at one domain: the velocity rules would hold
  // most of their signatures. They are tested in held-signatures.spec.ts, on an instance of its own.
  VELOCITY_CLIENT_PER_MINUTE: "0",
  VELOCITY_CLIENT_PER_5_MINUTES: "0",
  VELOCITY_DOMAIN_PER_MINUTE: "0",
  VELOCITY_DOMAIN_PER_HOUR: "0",
};

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "../../playwright-report" }]],
  outputDir: "../../test-results",
  use: {
    baseURL: APP_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: [
    {
      command: `node --import tsx tests/fakes/fake-resend.ts ${FAKE_RESEND_PORT}`,
      url: `${FAKE_RESEND_URL}/_test/emails`,
      cwd: "../..",
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // `npm start`'s server (lib/production-server/main.ts), as production runs it.
      command: ["node", ...productionServerArgs(APP_PORT)].join(" "),
      url: `${APP_URL}/api/health`,
      cwd: "../..",
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        ...APP_ENV,
        // Every browser test signs from 127.0.0.1; the limit itself is tested in multi-instance.spec.ts.
        RATE_LIMIT_SIGN_PER_MINUTE: "0",
      },
    },
  ],
});
