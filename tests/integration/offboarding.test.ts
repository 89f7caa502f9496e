import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { eq, sql } from "drizzle-orm";

// An address the configuration makes admin; set before lib/env.ts reads it.
const LISTED = "listed.admin@example.org";
process.env.ADMIN_EMAILS = `${LISTED.toUpperCase()}`;

const { createTestCampaign, getDb, rows, schema, useIntegrationLifecycle } = await import("./support");
const { removeAccountAs } = await import("@/lib/organizers/commands");
const { reconcileAdmins } = await import("@/lib/organizers/mutations");
const { admitToSignIn } = await import("@/lib/auth/sign-in-policy");
const { createUser } = await import("./organizer-actors");

useIntegrationLifecycle();

// Issue #13, finding 11: nobody could remove an organizer or demote an admin, and an address taken
// out of ADMIN_EMAILS stayed admin with live sessions. Admins now remove accounts (signed out at
// once), and the variable decides who is admin each time the app starts.

async function withSession(user: { id: string }) {
  const token = randomUUID();
  await getDb()
    .insert(schema.sessions)
    .values({ sessionToken: token, userId: user.id, expires: new Date(Date.now() + 3_600_000) });
  return token;
}
const sessionsOf = async (userId: string) => getDb().select().from(schema.sessions).where(eq(schema.sessions.userId, userId));
const userRow = async (userId: string) => (await getDb().select().from(schema.users).where(eq(schema.users.id, userId)))[0];

describe("removing an account", () => {
  test("an admin removes an organizer: signed out at once, off every team, keys gone, unable to sign in again", async () => {
    const admin = await createUser("admin", "remover");
    const organizer = await createUser("organizer", "leaving");
    const campaign = await createTestCampaign();
    await getDb().insert(schema.campaignMembers).values({ campaignId: campaign.id, userId: organizer.id, role: "owner" });
    await getDb()
      .insert(schema.apiKeys)
      .values({ userId: organizer.id, label: "sync", keyHash: Buffer.from(randomUUID()) });
    await withSession(organizer);

    assert.deepEqual(await removeAccountAs(admin, { userId: organizer.id }), { ok: true, value: { userId: organizer.id } });
    assert.equal(await userRow(organizer.id), undefined);
    assert.deepEqual(await sessionsOf(organizer.id), []);
    const [left] = await rows<{ members: number; keys: number }>(sql`
      select (select count(*) from campaign_members where user_id = ${organizer.id})::int as members,
             (select count(*) from api_keys where user_id = ${organizer.id})::int as keys`);
    assert.deepEqual(left, { members: 0, keys: 0 });
    assert.equal(await admitToSignIn(organizer.email, "request"), false, "no sign-in link for them any more");
    const [entry] = await rows<{ actor_email: string; subject: string }>(sql`
      select actor_email, subject from audit_log where action = 'organizer.remove' and subject = ${organizer.email}`);
    assert.deepEqual(entry, { actor_email: admin.email, subject: organizer.email });
  });

  test("only admins may, and nothing changes when they may not", async () => {
    const target = await createUser("organizer", "target");
    const organizer = await createUser("organizer", "not-admin");
    assert.deepEqual(await removeAccountAs(null, { userId: target.id }), { ok: false, error: "unauthenticated" });
    assert.deepEqual(await removeAccountAs(organizer, { userId: target.id }), { ok: false, error: "forbidden" });
    assert.ok(await userRow(target.id));
  });

  test("not one's own account, not an ADMIN_EMAILS address, not an unknown or malformed id", async () => {
    const admin = await createUser("admin", "self");
    const [listed] = await getDb().insert(schema.users).values({ email: LISTED, role: "admin" }).onConflictDoNothing().returning();
    const listedId = listed?.id ?? (await getDb().select().from(schema.users).where(eq(schema.users.email, LISTED)))[0].id;
    assert.deepEqual(await removeAccountAs(admin, { userId: admin.id }), {
      ok: false,
      error: "invalid",
      fieldErrors: { userId: "organizer.admin.removeErrors.self" },
    });
    assert.deepEqual(await removeAccountAs(admin, { userId: listedId }), {
      ok: false,
      error: "invalid",
      fieldErrors: { userId: "organizer.admin.removeErrors.listedAdmin" },
    });
    assert.deepEqual(await removeAccountAs(admin, { userId: randomUUID() }), { ok: false, error: "not-found" });
    const malformed = await removeAccountAs(admin, { userId: "1 or 1=1" });
    assert.deepEqual(malformed, { ok: false, error: "invalid", fieldErrors: { userId: "organizer.refusals.chooseAccount" } });
    assert.ok(await userRow(admin.id));
    assert.ok(await userRow(listedId));
  });
});

describe("ADMIN_EMAILS at start-up", () => {
  test("an admin no longer listed becomes an organizer and is signed out; listed ones stay admins", async () => {
    const former = await createUser("admin", "former-admin");
    await withSession(former);
    const [listed] = await getDb()
      .insert(schema.users)
      .values({ email: `kept.${randomUUID().slice(0, 6)}@example.org`, role: "admin" })
      .returning();
    await withSession(listed);

    const demoted = await reconcileAdmins([listed.email.toLowerCase(), LISTED]);
    assert.ok(demoted.includes(former.email));
    assert.ok(!demoted.includes(listed.email));
    assert.equal((await userRow(former.id)).role, "organizer");
    assert.deepEqual(await sessionsOf(former.id), []);
    assert.equal((await userRow(listed.id)).role, "admin");
    assert.equal((await sessionsOf(listed.id)).length, 1);
    const [entry] = await rows<{ actor_email: string }>(sql`
      select actor_email from audit_log where action = 'organizer.demote' and subject = ${former.email}`);
    assert.equal(entry?.actor_email, "system");
  });

  test("with the variable empty, nobody is demoted: the platform keeps its admins", async () => {
    const admin = await createUser("admin", "kept-when-empty");
    assert.deepEqual(await reconcileAdmins([]), []);
    assert.equal((await userRow(admin.id)).role, "admin");
  });
});
