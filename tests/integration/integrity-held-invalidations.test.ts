import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "drizzle-orm";
import { rows, useIntegrationLifecycle } from "./support";
import { addPending } from "./moderation-fixtures";

// The integrity report (issue #13) lists signatures the organizers set aside by the reason they gave.
// Held signatures set aside from the moderation page's "Held" section record a code there ("held"
// for one signature, the rule's name for all of a rule), which the public page showed as written:
// they are reported under the rule that held them, which the page words in each language.

const { invalidateHeldSignaturesAs, invalidateSignaturesAs } = await import("@/lib/moderation/commands");
const { getIntegrityReport } = await import("@/lib/integrity/report");
const { setUpActors } = await import("./organizer-actors");

useIntegrationLifecycle();

async function addHeld(campaignId: string, count: number, reason: string, domain: string) {
  const signers = await addPending(campaignId, count, { domain });
  await rows(sql`
    update signatures set status = 'held', held_reason = ${reason}, held_at = now()
     where id in (${sql.join(
       signers.map((s) => sql`${s.id}::uuid`),
       sql`, `,
     )})`);
  return signers;
}

test("held signatures set aside one by one or by rule are reported under the rule that held them; an organizer's reason stays as written", async () => {
  const { campaign, callers } = await setUpActors();
  const [one] = await addHeld(campaign.id, 2, "velocity_client_burst", "client.example");
  await addHeld(campaign.id, 3, "velocity_domain_burst", "burst.example");
  await addPending(campaign.id, 2, { domain: "spam.example" });
  const editor = callers.editor;
  const base = { campaignSlug: campaign.slug };
  assert.equal((await invalidateHeldSignaturesAs(editor, { ...base, signatureId: one.id, expectedCount: "1" })).ok, true);
  assert.equal((await invalidateHeldSignaturesAs(editor, { ...base, reason: "velocity_domain_burst", expectedCount: "3" })).ok, true);
  const filtered = await invalidateSignaturesAs(editor, { ...base, emailDomain: "spam.example", expectedCount: "2", reason: "Duplicates" });
  assert.equal(filtered.ok, true);

  const report = await getIntegrityReport(campaign.id);
  assert.deepEqual(
    report.invalidated.byReason.map(({ reason, sinceStart }) => ({ reason, sinceStart })),
    [
      { reason: "Duplicates", sinceStart: 2 },
      { reason: "velocity_client_burst", sinceStart: 1 },
      { reason: "velocity_domain_burst", sinceStart: 3 },
    ],
  );
  assert.equal(report.invalidated.now, 6);
  assert.equal(report.held.now, 1, "the other held by the client rule is still held");
});
