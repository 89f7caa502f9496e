import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { inEnglish } from "../fixtures/english";

// The first admin comes from the environment; set before any app module reads it.
const ADMIN_EMAIL = `root.${randomUUID().slice(0, 8)}@example.org`;
process.env.ADMIN_EMAILS = `someone-else@example.org, ${ADMIN_EMAIL.toUpperCase()}`;

const { createTestCampaign, fake, getDb, schema, settleOutbox, useIntegrationLifecycle } = await import("./support");
const permissions = await import("@/lib/access/permissions");
const { loadAdminPage, loadCampaignOverview, loadOrganizerHome } = await import("@/lib/organizers/page-data");
const { addCampaignMemberAs, inviteOrganizerAs } = await import("@/lib/organizers/commands");
const { admitToSignIn } = await import("@/lib/auth/sign-in-policy");
const { sendMagicLink } = await import("@/lib/auth/magic-link-email");

useIntegrationLifecycle();

const { ACTORS, createUser, newAddress, setUpActors } = await import("./organizer-actors");
type Actor = import("./organizer-actors").Actor;
type Caller = import("./organizer-actors").Caller;

const { users, campaignMembers } = schema;

let callers: Record<Actor, Caller>;
let campaign: Awaited<ReturnType<typeof createTestCampaign>>;
let otherCampaign: Awaited<ReturnType<typeof createTestCampaign>>;

before(async () => {
  ({ campaign, otherCampaign, callers } = await setUpActors({ status: "draft" }));
});

const idOf = (actor: Actor) => callers[actor]?.id ?? null;

describe("the authorization rules, read from the database", () => {
  const expected: Record<Actor, { admin: boolean; view: boolean; edit: boolean; manageTeam: boolean }> = {
    anonymous: { admin: false, view: false, edit: false, manageTeam: false },
    "other-organizer": { admin: false, view: false, edit: false, manageTeam: false },
    viewer: { admin: false, view: true, edit: false, manageTeam: false },
    editor: { admin: false, view: true, edit: true, manageTeam: false },
    owner: { admin: false, view: true, edit: true, manageTeam: true },
    admin: { admin: true, view: true, edit: true, manageTeam: true },
  };
  for (const actor of ACTORS) {
    test(`${actor}: isAdmin, getCampaignAccess`, async () => {
      const id = idOf(actor);
      assert.deepEqual({ admin: await permissions.isAdmin(id), ...(await permissions.getCampaignAccess(id, campaign.id)) }, expected[actor]);
    });
  }

  test("a user id with no users row (a deleted user) is allowed nothing", async () => {
    assert.equal((await permissions.getCampaignAccess(randomUUID(), campaign.id)).view, false);
    assert.equal(await permissions.isAdmin(randomUUID()), false);
  });
});

describe("organizer pages' data, for every kind of caller", () => {
  const overview: Record<Actor, string> = {
    anonymous: "unauthenticated",
    "other-organizer": "forbidden",
    viewer: "ok",
    editor: "ok",
    owner: "ok",
    admin: "ok",
  };
  for (const actor of ACTORS) {
    test(`${actor}: /organizer lists exactly the campaigns they may see, with their role`, async () => {
      const result = await loadOrganizerHome(callers[actor]);
      if (actor === "anonymous") return assert.deepEqual(result, { ok: false, error: "unauthenticated" });
      assert.ok(result.ok);
      const bySlug = new Map(result.value.campaigns.map((c) => [c.slug, c]));
      if (actor === "other-organizer") {
        assert.deepEqual([...bySlug.keys()], [otherCampaign.slug]);
        assert.equal(bySlug.get(otherCampaign.slug)!.memberRole, "owner");
      } else if (actor === "admin") {
        assert.ok(bySlug.has(campaign.slug) && bySlug.has(otherCampaign.slug), "an admin sees every campaign");
        assert.ok(bySlug.has("mayors-declaration"), "the seeded campaigns too");
        assert.equal(bySlug.get(campaign.slug)!.memberRole, null);
      } else {
        assert.deepEqual([...bySlug.keys()], [campaign.slug]);
        assert.equal(bySlug.get(campaign.slug)!.memberRole, actor);
        assert.deepEqual(bySlug.get(campaign.slug)!.tally.total, 0);
      }
    });

    test(`${actor}: /organizer/campaigns/{slug} answers ${overview[actor]}`, async () => {
      const result = await loadCampaignOverview(callers[actor], campaign.slug);
      if (overview[actor] !== "ok") return assert.deepEqual(result, { ok: false, error: overview[actor] });
      assert.ok(result.ok);
      assert.equal(result.value.campaign.status, "draft");
      assert.deepEqual(
        result.value.team.map((m) => [m.email, m.role]).sort(),
        (["viewer", "editor", "owner"] as const).map((a) => [callers[a]!.email, a]).sort(),
      );
    });

    test(`${actor}: /admin is for admins only`, async () => {
      const result = await loadAdminPage(callers[actor]);
      if (actor === "admin") {
        assert.ok(result.ok);
        assert.ok(result.value.organizers.some((o) => o.email === callers.owner!.email && o.role === "organizer"));
      } else {
        assert.deepEqual(result, { ok: false, error: actor === "anonymous" ? "unauthenticated" : "forbidden" });
      }
    });
  }

  test("an unknown campaign is a 404 to a signed-in caller, and a sign-in to an anonymous one", async () => {
    assert.deepEqual(await loadCampaignOverview(callers.owner, "no-such-campaign"), { ok: false, error: "not-found" });
    assert.deepEqual(await loadCampaignOverview(null, "no-such-campaign"), { ok: false, error: "unauthenticated" });
  });
});

describe("organizer mutations refuse callers without the right role", () => {
  for (const actor of ACTORS) {
    test(`${actor}: inviting an organizer`, async () => {
      const email = newAddress(`invitee-by-${actor}`);
      const result = await inviteOrganizerAs(callers[actor], { email: `  ${email.toUpperCase()} ` });
      const [row] = await getDb().select().from(users).where(eq(users.email, email));
      if (actor === "admin") {
        assert.deepEqual(result, { ok: true, value: { kind: "invited", email } });
        assert.equal(row.role, "organizer");
        assert.equal(row.invitedBy, callers.admin!.id);
        await settleOutbox();
        const invitation = fake.emails.find((e) => e.to.includes(email));
        assert.ok(invitation, "the invitation was emailed through the app's mailer");
        assert.match(invitation.text, /http:\/\/petitions\.test\/signin/);
        assert.deepEqual(await inviteOrganizerAs(callers.admin, { email }), { ok: true, value: { kind: "already-registered", email } });
      } else {
        assert.deepEqual(result, { ok: false, error: actor === "anonymous" ? "unauthenticated" : "forbidden" });
        assert.equal(row, undefined, "no users row is made");
      }
    });

    test(`${actor}: adding someone to the campaign's team`, async () => {
      const newcomer = await createUser("organizer", `newcomer-for-${actor}`);
      const result = await addCampaignMemberAs(callers[actor], { campaignSlug: campaign.slug, email: newcomer.email, role: "editor" });
      const [membership] = await getDb().select().from(campaignMembers).where(eq(campaignMembers.userId, newcomer.id));
      const allowed = actor === "owner" || actor === "admin";
      if (allowed) {
        assert.equal(result.ok, true);
        assert.equal(membership.role, "editor");
        assert.equal(membership.campaignId, campaign.id);
      } else {
        assert.deepEqual(result, { ok: false, error: actor === "anonymous" ? "unauthenticated" : "forbidden" });
        assert.equal(membership, undefined, "no membership is made");
      }
    });
  }

  test("an admin's invitation with a malformed address is refused with a field error", async () => {
    const result = await inviteOrganizerAs(callers.admin, { email: "not-an-address" });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.error === "invalid" && /right format/.test(inEnglish(result.fieldErrors.email)));
  });

  test("adding to an unknown campaign is a 404; adding an address nobody invited is a field error", async () => {
    assert.deepEqual(await addCampaignMemberAs(callers.admin, { campaignSlug: "no-such-campaign", email: callers.viewer!.email, role: "viewer" }), {
      ok: false,
      error: "not-found",
    });
    const result = await addCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, email: newAddress("stranger"), role: "viewer" });
    assert.ok(!result.ok && result.error === "invalid" && result.fieldErrors.email);
  });

  test("an owner can change a member's role, but a bad role is refused", async () => {
    assert.equal((await addCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, email: callers.viewer!.email, role: "boss" })).ok, false);
    assert.equal((await addCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, email: callers.viewer!.email, role: "editor" })).ok, true);
    assert.equal((await permissions.getCampaignAccess(callers.viewer!.id, campaign.id)).edit, true);
    await addCampaignMemberAs(callers.owner, { campaignSlug: campaign.slug, email: callers.viewer!.email, role: "viewer" });
  });
});

describe("who may sign in", () => {
  test("an address nobody invited is refused, and no account is made for it", async () => {
    const stranger = newAddress("stranger");
    assert.equal(await admitToSignIn(stranger, "request"), false);
    assert.equal(await admitToSignIn(stranger, "verified"), false);
    assert.equal((await getDb().select().from(users).where(eq(users.email, stranger))).length, 0);
  });

  test("an invited organizer may sign in", async () => {
    assert.equal(await admitToSignIn(callers.viewer!.email, "request"), true);
  });

  test("an ADMIN_EMAILS address may sign in; it becomes an admin once the link is opened", async () => {
    assert.equal(await admitToSignIn(ADMIN_EMAIL, "request"), true);
    assert.equal((await getDb().select().from(users).where(eq(users.email, ADMIN_EMAIL))).length, 0, "asking for a link makes no row");
    assert.equal(await admitToSignIn(ADMIN_EMAIL, "verified"), true);
    const [admin] = await getDb().select().from(users).where(eq(users.email, ADMIN_EMAIL));
    assert.equal(admin.role, "admin");
    assert.equal(await permissions.isAdmin(admin.id), true);
  });

  test("the magic link goes through the app's mailer, on APP_URL whatever host the request named", async () => {
    const to = newAddress("magic");
    await sendMagicLink({
      identifier: to,
      url: "http://evil.example:8080/api/auth/callback/resend?token=abc&email=x&callbackUrl=%2Ffr%2Forganizer",
      expires: new Date(Date.now() + 86_400_000),
    });
    await settleOutbox();
    const email = fake.emails.find((e) => e.to.includes(to));
    assert.ok(email, "sent through the Resend SDK to the fake server");
    // Our page, in the reader's language, which opening spends nothing (issue #13): a mail scanner
    // that fetches it leaves the link working; its button opens Auth.js's callback.
    assert.match(email.text, /^http:\/\/petitions\.test\/fr\/signin\/link\?token=abc&email=x&callbackUrl=%2Ffr%2Forganizer$/m);
    assert.doesNotMatch(email.text + email.html, /evil\.example|api\/auth\/callback/);
  });
});
