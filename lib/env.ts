import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

// The one module that reads process.env. Parsed lazily so that `next build` needs no configuration.

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "true" || value === "1"));

// One TRUSTED_PROXIES entry: an address (a range of one) or a CIDR range, as node:net's BlockList takes it.
const proxyRangeSchema = z.string().transform((entry, context) => {
  const [address, bits, extra] = entry.split("/");
  const family = isIP(address) === 4 ? "ipv4" : isIP(address) === 6 ? "ipv6" : null;
  const maxPrefix = family === "ipv4" ? 32 : 128;
  const prefix = bits === undefined ? maxPrefix : Number(bits);
  if (!family || extra !== undefined || !/^\d{1,3}$/.test(bits ?? "0") || prefix > maxPrefix) {
    context.addIssue({ code: "custom", message: `TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range` });
    return z.NEVER;
  }
  return { address, prefix, family } as const;
});

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // How long a request may wait for a free pooled connection, for a new connection to open, and
  // for one statement to run, before it is answered 503 (lib/db/client.ts). Statement: 0 = no limit.
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(10).max(120_000).default(5_000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  // Hot statements run as named prepared statements (lib/db/client.ts). Set false behind a pooler
  // in transaction mode that does not track them (PgBouncer before 1.21, or max_prepared_statements 0):
  // then no statement at all is named, not even a transaction's commit.
  DATABASE_PREPARE: booleanFlag.transform((value) => value ?? true),
  EMBEDDED_DATABASE_DIR: z.string().min(1).default(".data/postgres"),
  EMBEDDED_DATABASE_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().min(3).default("Petitions <petitions@localhost>"),
  CONFIRMATION_TOKEN_TTL_DAYS: z.coerce.number().positive().max(90).default(7),
  EMAIL_WORKER: booleanFlag,
  EMAIL_WORKER_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  DEV_MAILBOX: booleanFlag,
  // The documented events and their campaigns (drizzle/seed/data.ts), seeded at start-up; false for a
  // deployment that runs other campaigns (issue #10).
  SEED_CAMPAIGNS: booleanFlag.transform((value) => value ?? true),
  RATE_LIMIT_SIGN_PER_MINUTE: z.coerce.number().int().min(0).default(30),
  // Velocity rules (lib/velocity/rules.ts, issue #13): past one of these, a signature is accepted as
  // usual but held for moderation, uncounted. Per campaign; 0 turns a rule off.
  VELOCITY_CLIENT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(1),
  VELOCITY_CLIENT_PER_5_MINUTES: z.coerce.number().int().min(0).max(10_000).default(5),
  VELOCITY_DOMAIN_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(20),
  VELOCITY_DOMAIN_PER_HOUR: z.coerce.number().int().min(0).max(100_000).default(200),
  // Hourly trending (lib/moderation/trending.ts): a client hash or email domain with at least this many
  // signatures in one hour of a campaign is listed on its moderation page, and past the second its
  // owners are emailed once; 0 turns the emails off.
  VELOCITY_TRENDING_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  VELOCITY_ALERT_PER_HOUR: z.coerce.number().int().min(0).max(100_000).default(100),
  // Proof of work (lib/proof-of-work, issue #13), for campaigns whose owners switched it on. A
  // challenge asks the browser for about POW_COUNTER_MAX / 2 to POW_COUNTER_MAX PBKDF2 derivations of
  // POW_COST iterations each (defaults: about a second on a phone), and is good for
  // POW_CHALLENGE_TTL_MINUTES.
  POW_COST: z.coerce.number().int().min(1).max(100_000).default(200),
  POW_COUNTER_MAX: z.coerce.number().int().min(2).max(1_000_000).default(4_000),
  POW_CHALLENGE_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  // "Automatic" campaigns ask for it while a surge lasts: from the first minute with at least
  // POW_AUTO_SIGNATURES_PER_MINUTE signatures, or POW_AUTO_HELD_PER_MINUTE held by a velocity rule
  // (0 turns a trigger off), until POW_AUTO_CALM_MINUTES pass without one. Each process looks again
  // every POW_AUTO_CHECK_SECONDS per campaign, not once per signature.
  POW_AUTO_SIGNATURES_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(60),
  POW_AUTO_HELD_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(5),
  POW_AUTO_CALM_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(30),
  POW_AUTO_CHECK_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
  // Sign-in links one address may be sent in an hour (lib/auth/sign-in-limits.ts, issue #13); 0: no limit.
  RATE_LIMIT_SIGN_IN_LINKS_PER_HOUR: z.coerce.number().int().min(0).default(6),
  // "Manage my signatures" links one address may be sent in an hour (lib/my-signatures/request-limits.ts); 0: no limit.
  RATE_LIMIT_MANAGE_LINKS_PER_HOUR: z.coerce.number().int().min(0).default(6),
  // The proxies in front of the app, whose X-Forwarded-For entries are skipped to find the client
  // (lib/rate-limit/client-address.ts, issue #13): comma-separated addresses or CIDR ranges. None:
  // the last entry, written by the one proxy in front, is the client.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(proxyRangeSchema)),
  // The port and address `npm start` listens on (lib/production-server/main.ts), unless `-p` or `-H` says
  // otherwise. HOSTNAME as Next.js's standalone server reads it (issue #10); Docker and Kubernetes set
  // it to the container's name, see README "Configuration".
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  // How long `npm start` replays a public campaign page Next.js served from its cache (lib/production-server/page-cache.ts); 0: off.
  PAGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  // Auth.js reads AUTH_URL itself; parsed here so a malformed value fails loudly at start-up.
  AUTH_URL: z.string().url().optional(),
  // The least severe level written (lib/log/logger.ts) and how: JSON lines or readable text.
  // Defaults in getLogSettings().
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).optional(),
  LOG_FORMAT: z.enum(["json", "text"]).optional(),
  // Who holds signers' data (the data controller under the GDPR), named on the privacy pages
  // (issue #13): a name, and an email address or postal address to write to; optionally the data
  // protection officer's contact. Unset, those pages say plainly that the deployment has not named one.
  DATA_CONTROLLER_NAME: z.string().trim().min(1).max(200).optional(),
  DATA_CONTROLLER_CONTACT: z.string().trim().min(3).max(500).optional(),
  DATA_PROTECTION_OFFICER: z.string().trim().min(3).max(500).optional(),
  // The Chromium that prints delivery packs to PDF (lib/delivery/pdf-render.ts, issue #14): Debian's
  // `chromium` package by default. Started only while a pack is being made.
  CHROMIUM_PATH: z.string().trim().min(1, "CHROMIUM_PATH must be the path of a Chromium executable").default("/usr/bin/chromium"),
  // The first admins (issue #3): comma-separated addresses that may always sign in, as admins.
  ADMIN_EMAILS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().email("ADMIN_EMAILS must be comma-separated email addresses"))),
});

export type Env = z.infer<typeof envSchema> & {
  databaseUrl: string;
  usesEmbeddedDatabase: boolean;
  devMailboxEnabled: boolean;
  emailWorkerEnabled: boolean;
};

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  if (!env.DATA_CONTROLLER_NAME !== !env.DATA_CONTROLLER_CONTACT) {
    throw new Error("Invalid configuration:\n  DATA_CONTROLLER_NAME and DATA_CONTROLLER_CONTACT are set together, or neither");
  }
  const production = env.NODE_ENV === "production";
  const usesEmbeddedDatabase = !env.DATABASE_URL;
  cached = {
    ...env,
    usesEmbeddedDatabase,
    databaseUrl: env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_DATABASE_PORT),
    // Without a Resend key, mail is kept in a local mailbox page that exists only outside production.
    devMailboxEnabled: !env.RESEND_API_KEY && (env.DEV_MAILBOX ?? !production),
    emailWorkerEnabled: env.EMAIL_WORKER ?? true,
  };
  return cached;
}

export type LogSettings = { level: NonNullable<Env["LOG_LEVEL"]>; format: NonNullable<Env["LOG_FORMAT"]> };

/**
 * How the logger writes. Never throws: the logger is what reports an invalid configuration (getEnv()
 * throws at start-up), so each setting here falls back to its default on its own. JSON in production,
 * where a log collector reads it; only warnings and errors under `node --test` (which sets
 * NODE_TEST_CONTEXT in each test file's process), so test output stays readable.
 */
export function getLogSettings(): LogSettings {
  const { shape } = envSchema;
  const nodeEnv = shape.NODE_ENV.catch("development").parse(process.env.NODE_ENV || undefined);
  const level = shape.LOG_LEVEL.catch(undefined).parse(process.env.LOG_LEVEL || undefined);
  const format = shape.LOG_FORMAT.catch(undefined).parse(process.env.LOG_FORMAT || undefined);
  const testing = nodeEnv === "test" || Boolean(process.env.NODE_TEST_CONTEXT);
  return {
    level: level ?? (testing ? "warn" : "info"),
    format: format ?? (nodeEnv === "production" ? "json" : "text"),
  };
}

let secret: string | undefined;

/**
 * The secret that encrypts queued emails and keys rate-limit hashes. Apart from getEnv() so that
 * `next build`, which renders a few static pages, needs no secret.
 */
export function getSecret(): string {
  const env = getEnv();
  secret ??= env.AUTH_SECRET ?? developmentSecret(env.NODE_ENV === "production");
  return secret;
}

export const EMBEDDED_DATABASE_USER = "petitions";
export const EMBEDDED_DATABASE_PASSWORD = "petitions-local-only";

function embeddedDatabaseUrl(port: number): string {
  return `postgres://${EMBEDDED_DATABASE_USER}:${EMBEDDED_DATABASE_PASSWORD}@127.0.0.1:${port}/postgres`;
}

// A production server must be given its secret; a developer's machine gets one made and kept in .data/
// so that queued emails stay readable across restarts.
function developmentSecret(production: boolean): string {
  if (production) {
    throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the environment.");
  }
  const file = path.resolve(".data", "dev-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
