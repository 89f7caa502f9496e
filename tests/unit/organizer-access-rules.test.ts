import assert from "node:assert/strict";
import { test } from "node:test";
import { campaignAccess } from "@/lib/access/access-rules";
import { callbackPathSchema } from "@/lib/auth/schema";
import { inviteOrganizerSchema } from "@/lib/organizers/schema";

test("campaign access: admins everything; owners manage the team; editors edit; viewers look; others nothing", () => {
  assert.deepEqual(campaignAccess("admin", null), { view: true, edit: true, manageTeam: true });
  assert.deepEqual(campaignAccess("organizer", "owner"), { view: true, edit: true, manageTeam: true });
  assert.deepEqual(campaignAccess("organizer", "editor"), { view: true, edit: true, manageTeam: false });
  assert.deepEqual(campaignAccess("organizer", "viewer"), { view: true, edit: false, manageTeam: false });
  assert.deepEqual(campaignAccess("organizer", null), { view: false, edit: false, manageTeam: false });
  assert.deepEqual(campaignAccess(null, "owner"), { view: false, edit: false, manageTeam: false });
});

test("after sign-in, only paths on this site are followed", () => {
  assert.equal(callbackPathSchema.parse("/organizer/campaigns/x"), "/organizer/campaigns/x");
  for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined]) {
    assert.equal(callbackPathSchema.parse(bad), "/organizer");
  }
});

test("an invited address is trimmed and lower-cased, as Auth.js signs it in", () => {
  assert.deepEqual(inviteOrganizerSchema.parse({ email: "  Ada@Example.ORG " }), { email: "ada@example.org" });
  assert.equal(inviteOrganizerSchema.safeParse({ email: "ada" }).success, false);
});
