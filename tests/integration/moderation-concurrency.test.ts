import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createTestCampaign, getDb, schema, useIntegrationLifecycle } from "./support";
import { addConfirmed, addPending, assertCountersExact, statusesOf, type TestSigner } from "./moderation-fixtures";

const { confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { invalidateSignaturesAs, undoInvalidationAs } = await import("@/lib/moderation/commands");
const { createUser } = await import("./organizer-actors");

useIntegrationLifecycle();

/** Lets every call finish; a throw (a deadlock, say) becomes its message, so the test shows it. */
async function settled(calls: Promise<unknown>[]): Promise<string[]> {
  const results = await Promise.allSettled(calls);
  return results.map((r) => (r.status === "fulfilled" ? JSON.stringify(r.value) : `threw: ${String(r.reason?.cause ?? r.reason)}`));
}

describe("moderation racing confirmations", () => {
  test("invalidations and undos racing many confirmations and withdrawals end exact and without deadlocks", async () => {
    const campaign = await createTestCampaign();
    const admin = await createUser("admin", "race-admin");
    const domains = ["race0.example", "race1.example", "race2.example", "race3.example"];
    const pendingOf: Record<string, TestSigner[]> = {};
    for (const domain of domains) {
      await addConfirmed(campaign.id, 15, { domain, office: "mayor" });
      pendingOf[domain] = await addPending(campaign.id, 25, { domain });
    }
    const plainPending = await addPending(campaign.id, 60, { domain: "plain.example", referrerHost: "news.example" });
    const plainConfirmed = await addConfirmed(campaign.id, 20, { domain: "plain.example" });
    const invalidate = (domain: string) =>
      invalidateSignaturesAs(admin, { campaignSlug: campaign.slug, emailDomain: domain, expectedCount: "40", reason: "race" });

    // Two invalidations in force before the race, to be undone during it.
    const earlier: string[] = [];
    for (const domain of domains.slice(2)) {
      const result = await invalidate(domain);
      assert.ok(result.ok && result.value.kind === "invalidated");
      earlier.push(result.value.invalidationId);
    }
    await assertCountersExact(campaign.id);

    // Confirmations do not change how many signatures a filter matches (pending and confirmed both
    // count), so each invalidation's expected count holds whatever order things run in.
    const confirmations = [...Object.values(pendingOf).flat(), ...plainPending].map((signer) => confirmSignature(signer.confirm));
    const outcomes = await settled([
      ...confirmations.slice(0, 60),
      invalidate(domains[0]),
      ...confirmations.slice(60, 120),
      undoInvalidationAs(admin, { campaignSlug: campaign.slug, invalidationId: earlier[0] }),
      invalidate(domains[1]),
      ...plainConfirmed.slice(0, 10).map((signer) => withdrawSignature(signer.withdraw)),
      undoInvalidationAs(admin, { campaignSlug: campaign.slug, invalidationId: earlier[1] }),
      ...confirmations.slice(120),
    ]);
    assert.deepEqual(
      outcomes.filter((o) => o.startsWith("threw")),
      [],
      "nothing failed: no deadlock, no error",
    );
    assert.ok(outcomes.filter((o) => o.includes('"invalidated"')).length === 2, "both invalidations ran");

    const statuses = await statusesOf(campaign.id);
    const byDomain = (domain: string) =>
      Object.entries(statuses)
        .filter(([id]) => pendingOf[domain]?.some((s) => s.id === id))
        .map(([, status]) => status);
    for (const domain of domains.slice(0, 2))
      assert.ok(
        byDomain(domain).every((s) => s === "invalidated"),
        `${domain} is set aside`,
      );
    for (const domain of domains.slice(2))
      assert.ok(
        byDomain(domain).every((s) => s !== "invalidated"),
        `${domain} is restored`,
      );
    await assertCountersExact(campaign.id, "counters equal a recount after the race");

    // Undo the two new invalidations while the restored pending signatures get confirmed.
    const invalidations = await getDb().select().from(schema.signatureInvalidations);
    const inForce = invalidations.filter((i) => i.campaignId === campaign.id && !i.undoneAt).map((i) => i.id);
    assert.equal(inForce.length, 2);
    const second = await settled([
      ...domains.slice(2).flatMap((domain) => pendingOf[domain].map((signer) => confirmSignature(signer.confirm))),
      ...inForce.map((invalidationId) => undoInvalidationAs(admin, { campaignSlug: campaign.slug, invalidationId })),
      ...domains.slice(0, 2).flatMap((domain) => pendingOf[domain].map((signer) => confirmSignature(signer.confirm))),
    ]);
    assert.deepEqual(
      second.filter((o) => o.startsWith("threw")),
      [],
    );
    assert.ok(Object.values(await statusesOf(campaign.id)).every((status) => status !== "invalidated"));
    await assertCountersExact(campaign.id, "counters equal a recount after undoing everything");
  });

  test("invalidate-and-undo cycles during a steady stream of confirmations stay exact and deadlock-free", async () => {
    const campaign = await createTestCampaign();
    const admin = await createUser("admin", "cycle-admin");
    // Confirmed signatures in every shard for the moderators to move back and forth…
    for (const domain of ["cycle0.example", "cycle1.example"]) await addConfirmed(campaign.id, 60, { domain, office: "mayor" });
    // …while these are confirmed, touching the same shard and breakdown rows (same day, same keys).
    const queue = await addPending(campaign.id, 360, { domain: "stream.example", office: "mayor" });
    const errors: string[] = [];
    const record = (error: unknown): undefined => {
      errors.push(String((error as { cause?: unknown })?.cause ?? error));
    };

    let next = 0;
    const confirmer = async () => {
      while (next < queue.length) {
        const signer = queue[next++];
        const outcome = await confirmSignature(signer.confirm).catch(record);
        if (outcome && outcome.kind !== "confirmed") errors.push(`confirm: ${outcome.kind}`);
      }
    };
    let cycles = 0;
    const moderator = async (domain: string) => {
      while (next < queue.length) {
        const made = await invalidateSignaturesAs(admin, {
          campaignSlug: campaign.slug,
          emailDomain: domain,
          expectedCount: "60",
          reason: "cycle",
        }).catch(record);
        if (!made?.ok || made.value.kind !== "invalidated") {
          errors.push(`invalidate: ${JSON.stringify(made)}`);
          return;
        }
        const undone = await undoInvalidationAs(admin, { campaignSlug: campaign.slug, invalidationId: made.value.invalidationId }).catch(record);
        if (!undone?.ok) errors.push(`undo: ${JSON.stringify(undone)}`);
        cycles++;
      }
    };
    await Promise.all([...Array.from({ length: 6 }, confirmer), moderator("cycle0.example"), moderator("cycle1.example")]);
    assert.deepEqual(errors, [], "no deadlock, no error, every confirmation counted");
    assert.ok(cycles >= 4, `moderators ran ${cycles} cycles while confirmations went on`);
    assert.ok(Object.values(await statusesOf(campaign.id)).every((status) => status === "confirmed"));
    await assertCountersExact(campaign.id, "counters equal a recount after the cycles");
  });
});
