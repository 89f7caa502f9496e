import { randomUUID } from "node:crypto";
import { after, before } from "node:test";
import { startFakeResend, type FakeResend } from "../fakes/fake-resend";

// Shared set-up for integration tests: real PostgreSQL (DATABASE_URL, set by tests/run-all.ts),
// migrated and seeded once, and the real Resend SDK pointed at a local fake server.

if (!process.env.DATABASE_URL) {
  throw new Error("Integration tests need DATABASE_URL; run them with `npm test` or `npm run test:integration`.");
}

export const fakeResendReady: Promise<FakeResend> = startFakeResend();
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
await migrateAndSeed(process.env.DATABASE_URL, seedDatabase);

export { fake, getDb, schema };

export function useIntegrationLifecycle(): void {
  before(() => {
    fake.emails.length = 0;
  });
  after(async () => {
    await closeDb();
    await fake.stop();
  });
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
