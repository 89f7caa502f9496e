import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setUpActors } from "./organizer-actors";
import { createTestCampaign, getDb, insertSignature, rows, schema, useIntegrationLifecycle } from "./support";

// Delivery packs (issue #14), with the real Chromium and pdftotext: the pack says what the
// campaign says, in its language (Persian shaped and in order), the hash is the PDF's, a made pack
// cannot change, and only the campaign's editors and owners may ask for one.

const { prepareDeliveryAs } = await import("@/lib/delivery/commands");
const { runDeliveryJobs } = await import("@/lib/delivery/worker");
const { postCampaignUpdateAs } = await import("@/lib/campaigns/commands");
const { snapshotSchema, snapshotListSchema } = await import("@/lib/open-data/schema");
const list = await import("@/app/api/v1/campaigns/[slug]/snapshots/route");
const one = await import("@/app/api/v1/campaigns/[slug]/snapshots/[id]/route");

useIntegrationLifecycle();

const work = mkdtempSync(path.join(tmpdir(), "delivery-pack-"));
after(() => rmSync(work, { recursive: true, force: true }));

/** The PDF's text as pdftotext reads it, normalised: Persian may come out as presentation forms. */
function pdfText(pdf: Buffer): string {
  const file = path.join(work, `${randomUUID()}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).normalize("NFKC");
}

/** Counts as the signing flow leaves them: one tally shard row and the breakdowns. */
async function count(campaignId: string, online: number, byCountry: Record<string, number> = {}) {
  await getDb().insert(schema.tallyShards).values({ campaignId, shard: 0, confirmed: online });
  for (const [key, confirmed] of Object.entries(byCountry)) {
    await getDb().insert(schema.tallyBreakdowns).values({ campaignId, dimension: "country", key, shard: 0, confirmed });
  }
}

async function makePack(caller: Parameters<typeof prepareDeliveryAs>[0], slug: string, values: Record<string, string> = {}) {
  const queued = await prepareDeliveryAs(caller, { campaignSlug: slug, ...values });
  assert.ok(queued.ok, `queued: ${JSON.stringify(queued)}`);
  assert.ok((await runDeliveryJobs()) >= 1, "the worker took the job up");
  const [snapshot] = await getDb().select().from(schema.campaignSnapshots).where(sql`id = ${queued.value.snapshotId}`);
  assert.equal(snapshot.status, "finished", `finished: ${snapshot.error}`);
  return snapshot;
}

/** The query fails with PostgreSQL's message (drizzle wraps it: the server's words are the cause's). */
async function refused(query: Promise<unknown>, message: RegExp, why?: string) {
  await assert.rejects(query, (error: Error & { cause?: Error }) => message.test(`${error.message} ${error.cause?.message ?? ""}`), why);
}

async function apiGet(handler: typeof one.GET | typeof list.GET, slug: string, id?: string) {
  const url = `http://test/api/v1/campaigns/${slug}/snapshots${id ? `/${id}` : ""}`;
  return handler(new Request(url), { params: Promise.resolve({ slug, id: id ?? "" }) } as never);
}

describe("delivery packs", () => {
  test("an English pack with a French translation: statement, total, verified official first, the hash of the PDF", async () => {
    const { campaign, callers } = await setUpActors({
      kind: "declaration",
      title: "Declaration for an inquiry",
      statement: "We call for an independent international inquiry into the 1988 massacre.",
      decisionMakers: ["The UN Secretary-General"],
      signerFields: { country: "required", city: "off", postcode: "off", office: "required", municipality: "required" },
    });
    await getDb()
      .insert(schema.campaignTranslations)
      .values({
        campaignId: campaign.id,
        language: "fr",
        title: "Déclaration pour une enquête",
        summary: "Résumé.",
        statement: "Nous demandons une enquête internationale indépendante sur le massacre de 1988.",
        decisionMakers: ["Le Secrétaire général de l’ONU"],
        sourceRevision: 1,
      });
    await insertSignature({
      campaignId: campaign.id,
      fullName: "Marianne Verified-Mayor",
      showName: true,
      office: "mayor",
      municipality: "Arcueil",
      verifiedAt: new Date(),
    });
    await insertSignature({
      campaignId: campaign.id,
      fullName: "Paul Listed-Signer",
      showName: true,
      office: "municipal-councillor",
      municipality: "Bagneux",
    });
    await insertSignature({ campaignId: campaign.id, fullName: "Hidden Unlisted-Person", showName: false });
    await count(campaign.id, 3, { FR: 3 });
    await getDb()
      .insert(schema.offlineTallies)
      .values({ campaignId: campaign.id, count: 2000, description: "paper declarations", sourceTitle: "A report" });

    const snapshot = await makePack(callers.editor, campaign.slug, { "translation-fr": "on" });
    const text = pdfText(snapshot.pdf!);
    assert.match(text, /We call for an independent international inquiry/);
    assert.match(text, /Nous demandons une enquête internationale indépendante/, "the chosen translation is in");
    assert.match(text, /2,003/, "the total, online and offline");
    assert.ok(text.includes("Marianne Verified-Mayor") && text.includes("Arcueil"), "the verified official, with her commune");
    assert.ok(text.indexOf("Marianne Verified-Mayor") < text.indexOf("Paul Listed-Signer"), "verified officials first");
    assert.ok(!text.includes("Hidden Unlisted-Person"), "only those who chose to be listed");
    assert.equal(snapshot.sha256, createHash("sha256").update(snapshot.pdf!).digest("hex"));
    assert.deepEqual(snapshot.languages, ["en", "fr"]);
    assert.equal(snapshot.counts?.total, 2003);
    assert.equal(snapshot.counts?.verifiedOfficials, 1);

    const listed = await apiGet(list.GET, campaign.slug);
    assert.equal(listed.status, 200);
    const body = snapshotListSchema.parse(await listed.json());
    assert.equal(body.snapshots.length, 1);
    assert.equal(body.snapshots[0].sha256, snapshot.sha256);
    const detail = await apiGet(one.GET, campaign.slug, snapshot.id);
    assert.equal(snapshotSchema.parse(await detail.json()).counts.total, 2003);
    const download = await apiGet(one.GET, campaign.slug, `${snapshot.id}.pdf`);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get("content-type"), "application/pdf");
    const bytes = Buffer.from(await download.arrayBuffer());
    assert.equal(createHash("sha256").update(bytes).digest("hex"), snapshot.sha256, "the downloaded PDF is the hashed one");
    assert.equal((await apiGet(one.GET, campaign.slug, randomUUID())).status, 404);
    assert.equal((await apiGet(one.GET, campaign.slug, "not-an-id.pdf")).status, 404);
  });

  test("a Persian pack: the statement shaped and in order, digits and a Latin name in place", async () => {
    const { campaign, callers } = await setUpActors({
      language: "fa",
      title: "بیانیه برای تحقیق",
      statement: "ما خواستار تحقیق مستقل بین‌المللی دربارهٔ کشتار ۱۳۶۷ هستیم.",
      decisionMakers: ["دبیرکل سازمان ملل"],
      signerFields: { country: "required", city: "optional", postcode: "off", office: "optional", municipality: "optional" },
    });
    await insertSignature({
      campaignId: campaign.id,
      fullName: "مریم رضایی",
      showName: true,
      office: "mayor",
      municipality: "Auvers-sur-Oise",
      verifiedAt: new Date(),
    });
    await insertSignature({ campaignId: campaign.id, fullName: "Jean Latin-Name", showName: true, city: "Paris" });
    await count(campaign.id, 1234, { FR: 1000, IR: 234 });

    const snapshot = await makePack(callers.owner, campaign.slug);
    const text = pdfText(snapshot.pdf!);
    const statement = "ما خواستار تحقیق مستقل بین‌المللی دربارهٔ کشتار ۱۳۶۷ هستیم".normalize("NFKC");
    // pdftotext wraps right-to-left runs in bidi controls, splits words at zero-width non-joiners and
    // puts a combining hamza before its letter: compare without those, and without spaces.
    const bare = (s: string) => s.replace(/[\s\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0654]/g, "");
    assert.ok(bare(text).includes(bare(statement)), `the Persian statement, in order:\n${text.slice(0, 1500)}`);
    assert.ok(text.includes("۱٬۲۳۴") || text.includes("1,234"), "the total, in Persian digits");
    assert.ok(bare(text).includes(bare("مریم رضایی".normalize("NFKC"))), "the verified official's name");
    assert.ok(text.includes("Jean Latin-Name") && text.includes("Auvers-sur-Oise"), "Latin names kept whole");
  });

  test("a finished pack cannot change or be deleted: the trigger refuses", async () => {
    const { campaign, callers } = await setUpActors();
    await count(campaign.id, 1);
    const snapshot = await makePack(callers.admin, campaign.slug);
    await refused(getDb().execute(sql`update campaign_snapshots set sha256 = repeat('0', 64) where id = ${snapshot.id}`), /cannot change/);
    await refused(getDb().execute(sql`update campaign_snapshots set counts = '{}'::jsonb where id = ${snapshot.id}`), /cannot change/);
    await refused(getDb().execute(sql`delete from campaign_snapshots where id = ${snapshot.id}`), /cannot be deleted/);
    await refused(getDb().execute(sql`delete from campaigns where id = ${campaign.id}`), /cannot be deleted/, "not even by cascade");
    const [kept] = await rows<{ sha256: string }>(sql`select sha256 from campaign_snapshots where id = ${snapshot.id}`);
    assert.equal(kept.sha256, snapshot.sha256);
  });

  test("a delivered outcome names the pack handed over; another campaign's pack or a news item cannot", async () => {
    const { campaign, otherCampaign, callers } = await setUpActors();
    await count(campaign.id, 5);
    const snapshot = await makePack(callers.owner, campaign.slug);
    const update = (values: Record<string, string>) =>
      postCampaignUpdateAs(callers.editor, { campaignSlug: campaign.slug, kind: "delivered", title: "Handed over", body: "At the UN.", ...values });
    const foreign = await getDb()
      .insert(schema.campaignSnapshots)
      .values({ campaignId: otherCampaign.id, languages: ["en"] })
      .returning({ id: schema.campaignSnapshots.id });
    const refused = await update({ snapshotId: foreign[0].id });
    assert.ok(!refused.ok && refused.error === "invalid" && /snapshotUnknown/.test(refused.fieldErrors.snapshotId ?? ""));
    const news = await update({ kind: "news", snapshotId: snapshot.id });
    assert.ok(!news.ok && news.error === "invalid" && /snapshotOnlyDelivered/.test(news.fieldErrors.snapshotId ?? ""));
    const delivered = await update({ snapshotId: snapshot.id });
    assert.ok(delivered.ok);
    const [row] = await rows<{ snapshot_id: string }>(sql`select snapshot_id from campaign_updates where id = ${delivered.value.updateId}`);
    assert.equal(row.snapshot_id, snapshot.id);
  });

  test("who may ask for a pack, and what bad input gets", async () => {
    const { campaign, otherCampaign, callers } = await setUpActors();
    const ask = (caller: Parameters<typeof prepareDeliveryAs>[0], values: Record<string, string> = {}) =>
      prepareDeliveryAs(caller, { campaignSlug: campaign.slug, ...values });
    assert.deepEqual(await ask(callers.anonymous), { ok: false, error: "unauthenticated" });
    assert.deepEqual(await ask(callers.viewer), { ok: false, error: "forbidden" }, "a viewer cannot start a pack");
    assert.deepEqual(await ask(callers["other-organizer"]), { ok: false, error: "forbidden" });
    const notTranslated = await ask(callers.editor, { "translation-fa": "on" });
    assert.ok(!notTranslated.ok && notTranslated.error === "invalid" && /noSuchTranslation/.test(notTranslated.fieldErrors.translations ?? ""));
    const unknown = await ask(callers.editor, { "translation-de": "on" });
    assert.ok(!unknown.ok && unknown.error === "invalid" && /unknownLanguage/.test(unknown.fieldErrors.translations ?? ""));
    const badSlug = await prepareDeliveryAs(callers.editor, { campaignSlug: "Not a slug!" });
    assert.ok(!badSlug.ok && badSlug.error === "invalid");
    const draft = await createTestCampaign({ status: "draft" });
    await getDb().insert(schema.campaignMembers).values({ campaignId: draft.id, userId: callers.editor!.id, role: "editor" });
    const refusedDraft = await prepareDeliveryAs(callers.editor, { campaignSlug: draft.slug });
    assert.ok(!refusedDraft.ok && refusedDraft.error === "invalid" && /draft/.test(refusedDraft.fieldErrors.form ?? ""));
    assert.ok((await ask(callers.editor)).ok);
    const second = await ask(callers.owner);
    assert.ok(!second.ok && second.error === "invalid" && /alreadyRunning/.test(second.fieldErrors.form ?? ""), "one pack at a time");
    await runDeliveryJobs();
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from campaign_snapshots where campaign_id = ${otherCampaign.id}`);
    assert.equal(n, 0);
  });
});
