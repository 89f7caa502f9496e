import { randomBytes, randomUUID } from "node:crypto";
import { after, before } from "node:test";
import { sql, type SQL } from "drizzle-orm";
import { startFakeResend, type FakeResend } from "../fakes/fake-resend";

// Shared set-up for integration tests: real PostgreSQL (DATABASE_URL, set by tests/run-all.ts),
// migrated and seeded once, and the real Resend SDK pointed at a local fake server.

if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need DATABASE_URL; run them with `npm test` or `npm run test:integration`.");
}

const fakeResendReady: Promise<FakeResend> = startFakeResend();
const fake = await fakeResendReady;
process.env.RESEND_API_KEY = "re_test_integration";
process.env.RESEND_BASE_URL = fake.url;
process.env.AUTH_SECRET = "integration-secret-integration-secret-0123";
process.env.APP_URL = "http://petitions.test";
process.env.EMAIL_FROM = "Petitions <petitions@example.org>";

const { migrateAndSeed } = await import("@/lib/db/migrate");
const { seedDatabase } = await import("@/lib/db/seed");
const { getDb, closeDb } = await import("@/lib/db/client");
const schema = await import("@/lib/db/schema");
const { deliverDueEmails } = await import("@/lib/email/outbox");
await migrateAndSeed(process.env.DATABASE_URL, seedDatabase);
// The communes list, as the server loads it at start-up (issue #14); once per database.
await (await import("@/lib/communes/mutations")).loadCommuneData();

export { fake, getDb, schema };

export function useIntegrationLifecycle(): void {
  before(() => {
    fake.emails.length = 0;
  });
  after(async () => {
    // Sends started in the background by signCampaign must finish before the pool closes, or
    // they reopen it and keep the process alive.
    await settleOutbox().catch(() => {});
    await closeDb();
    await fake.stop();
  });
}

/** Runs a raw query and returns its rows as a plain array. */
export async function rows<T>(query: SQL): Promise<T[]> {
  return [...((await getDb().execute(query)) as unknown as T[])];
}

/**
 * Delivers due email until none is due or being sent (for one campaign, or all). signCampaign
 * also starts delivery in the background, so a single deliverDueEmails() call may find nothing.
 */
export async function settleOutbox(campaignId?: string): Promise<void> {
  const scope = campaignId ? sql`and o.signature_id in (select id from signatures where campaign_id = ${campaignId})` : sql``;
  for (let i = 0; i < 500; i++) {
    await deliverDueEmails();
    const [{ n }] = await rows<{ n: number }>(sql`
      select count(*)::int as n from email_outbox o
       where o.status = 'pending' and (o.next_attempt_at <= now() or o.locked_until > now()) ${scope}`);
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the outbox did not settle");
}

type CampaignOptions = Partial<typeof schema.campaigns.$inferInsert>;

/** Creates an open petition with a unique slug, so tests never share counts. */
export async function createTestCampaign(options: CampaignOptions = {}) {
  const [campaign] = await getDb()
    .insert(schema.campaigns)
    .values({
      slug: `test-${randomUUID().slice(0, 8)}`,
      kind: "petition",
      status: "open",
      title: "Test campaign",
      summary: "A campaign made by a test.",
      statement: "We ask for a test.",
      decisionMakers: ["A decision maker"],
      goal: 1000,
      signerFields: { country: "required", city: "optional", postcode: "off", office: "off", municipality: "off" },
      listNamesPublicly: true,
      ...options,
    })
    .returning();
  return campaign;
}

/**
 * A signature row written straight to the table, without the signing flow (so no tally counters):
 * confirmed, unlisted and not opted in to updates unless `values` says otherwise.
 */
export async function insertSignature(values: Partial<typeof schema.signatures.$inferInsert> & { campaignId: string }) {
  const email = values.email ?? `signer.${randomUUID().slice(0, 8)}@example.org`;
  const status = values.status ?? "confirmed";
  const [row] = await getDb()
    .insert(schema.signatures)
    .values({
      status,
      email,
      emailCanonical: email,
      fullName: "Ada Lovelace",
      showName: false,
      optInUpdates: false,
      consentedAt: new Date(),
      withdrawTokenHash: randomBytes(32),
      confirmedAt: status === "pending" ? null : new Date(),
      ...values,
    })
    .returning();
  return row;
}

export function validSignature(overrides: Record<string, unknown> = {}) {
  return {
    fullName: "Ada Lovelace",
    email: `ada.${randomUUID().slice(0, 8)}@example.org`,
    country: "GB",
    consent: true,
    optInUpdates: false,
    showName: false,
    ...overrides,
  };
}

/** The links the real SDK delivered to `to`, read from the fake Resend server. */
export function linksFor(to: string): { confirm?: string; withdraw?: string } {
  const emails = fake.emails.filter((email) => email.to.includes(to));
  const last = emails.at(-1);
  if (!last) return {};
  return {
    confirm: /\/confirm\/([A-Za-z0-9_-]{43})/.exec(last.text)?.[1],
    withdraw: /\/withdraw\/([A-Za-z0-9_-]{43})/.exec(last.text)?.[1],
  };
}
