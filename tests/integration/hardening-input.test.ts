import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { lazyFile } from "../fixtures/lazy-file";
import { inEnglish as english, readable } from "../fixtures/english";

// Deliveries are not the point here: test sends stay in the outbox where they can be counted.
process.env.EMAIL_WORKER = "false";

const { insertSignature, rows, useIntegrationLifecycle } = await import("./support");
const { setUpActors } = await import("./organizer-actors");
const { createEventAs } = await import("@/lib/events/commands");
const { createMailingAs, sendTestMailingAs, TOO_MANY_TESTS } = await import("@/lib/mailings/commands");
const { invalidateSignaturesAs, previewInvalidationAs } = await import("@/lib/moderation/commands");
const { importPaperSignaturesAs, recordOfflineTallyAs } = await import("@/lib/offline/commands");
const { consumeRateLimit } = await import("@/lib/rate-limit/limiter");
const { NOT_ALLOWED } = await import("@/lib/validation/text");
type Caller = import("./organizer-actors").Caller;
type Actor = import("./organizer-actors").Actor;

useIntegrationLifecycle();

// Input PostgreSQL would refuse (NUL in text, year 0) gets a field error from the commands the
// server actions call, and writes nothing; bursts of test sends and paper imports are held back.

const NUL = "\u0000";
let callers: Record<Actor, Caller>;
let campaign: { id: string; slug: string };

before(async () => {
  ({ campaign, callers } = await setUpActors());
  await insertSignature({ campaignId: campaign.id, email: "bulk@spam.example", fullName: "Bulk", status: "confirmed" });
});

const count = async (query: ReturnType<typeof sql>) => (await rows<{ n: number }>(query))[0].n;
const campaignWrites = () =>
  rows<Record<string, number>>(sql`
    select (select count(*) from offline_tallies where campaign_id = ${campaign.id})::int as tallies,
           (select count(*) from offline_signatures where campaign_id = ${campaign.id})::int as paper,
           (select count(*) from campaign_mailings where campaign_id = ${campaign.id})::int as mailings,
           (select count(*) from signature_invalidations where campaign_id = ${campaign.id})::int as invalidations,
           (select count(*) from audit_log where campaign_id = ${campaign.id})::int as audit`).then(([state]) => state);

/** The limiter counts per clock minute: start a burst early in one, so it cannot straddle two. */
async function startOfAMinute() {
  const [{ second }] = await rows<{ second: number }>(sql`select extract(second from now())::float8 as second`);
  if (second > 45) await new Promise((resolve) => setTimeout(resolve, (60.5 - second) * 1000));
}

const event = (overrides: Record<string, unknown>) => ({
  title: "A vigil",
  occurredOn: "2019-08-11",
  dateNote: "",
  place: "Toronto",
  host: "Amnesty International",
  summary: "A vigil was held.",
  sources: [{ title: "A report", url: "https://example.org/vigil" }],
  ...overrides,
});

describe("NUL and year 0 are refused by the commands, and nothing is written", () => {
  test("creating an event", async () => {
    const editor = callers.editor!;
    const mine = () => count(sql`select count(*)::int as n from events where created_by = ${editor.id}`);
    for (const [input, field, message] of [
      [event({ title: `A vigil${NUL}` }), "title", NOT_ALLOWED],
      [event({ summary: `A vigil.\n${NUL}` }), "summary", NOT_ALLOWED],
      [event({ sources: [{ title: "A report", url: "https://example.org/vigil", text: `Text${NUL}` }] }), "sources.0.text", NOT_ALLOWED],
      [event({ occurredOn: "0000-01-01" }), "occurredOn", "Enter a year from 1000 to 9999"],
    ] as const) {
      const result = await createEventAs(editor, input);
      assert.ok(!result.ok && result.error === "invalid", JSON.stringify(result));
      assert.equal(result.fieldErrors[field], message, field);
    }
    assert.equal(await mine(), 0);
    assert.ok((await createEventAs(editor, event({}))).ok, "the same event without them is saved");
    assert.equal(await mine(), 1);
  });

  test("recording a tally, creating an update, previewing and confirming an invalidation", async () => {
    const before = await campaignWrites();
    const tally = { campaignSlug: campaign.slug, count: "20", description: "about 20", sourceTitle: "Local paper", sourceDate: "2026-03-14" };
    assert.deepEqual(await recordOfflineTallyAs(callers.editor, { ...tally, description: `about${NUL}20` }), {
      ok: false,
      error: "invalid",
      fieldErrors: { description: NOT_ALLOWED },
    });
    assert.deepEqual(readable(await recordOfflineTallyAs(callers.editor, { ...tally, sourceDate: "0000-01-01" })), {
      ok: false,
      error: "invalid",
      fieldErrors: { sourceDate: "Enter a year from 1000 to 9999" },
    });
    assert.deepEqual(readable(await recordOfflineTallyAs(callers.editor, { ...tally, campaignSlug: `${campaign.slug}${NUL}` })), {
      ok: false,
      error: "invalid",
      fieldErrors: { campaignSlug: "Choose a campaign" },
    });
    const mailing = { campaignSlug: campaign.slug, subject: "News", body: "News." };
    assert.deepEqual(await createMailingAs(callers.editor, { ...mailing, body: `News${NUL}` }), {
      ok: false,
      error: "invalid",
      fieldErrors: { body: NOT_ALLOWED },
    });
    assert.deepEqual(await createMailingAs(callers.editor, { ...mailing, subject: `News${NUL}` }), {
      ok: false,
      error: "invalid",
      fieldErrors: { subject: NOT_ALLOWED },
    });
    const preview = readable(await previewInvalidationAs(callers.editor, { campaignSlug: campaign.slug, from: "0000-01-01T00:00" }));
    assert.ok(
      !preview.ok && preview.error === "invalid" && /^Enter a year from 2000 to 9999/.test(preview.fieldErrors.from ?? ""),
      JSON.stringify(preview),
    );
    const invalidate = await invalidateSignaturesAs(callers.editor, {
      campaignSlug: campaign.slug,
      emailDomain: "spam.example",
      expectedCount: 1,
      reason: `Bots${NUL}`,
    });
    assert.ok(!invalidate.ok && invalidate.error === "invalid" && invalidate.fieldErrors.reason === NOT_ALLOWED, JSON.stringify(invalidate));
    assert.deepEqual(await campaignWrites(), before, "nothing was written");
    assert.equal(await count(sql`select count(*)::int as n from signatures where campaign_id = ${campaign.id} and status = 'invalidated'`), 0);
  });

  test("a paper file with a row signed on 0000-01-01 lists that line, and a file holding NUL is refused whole", async () => {
    const before = await campaignWrites();
    const input = (text: string) => ({
      campaignSlug: campaign.slug,
      sourceTitle: "Sheets",
      description: "At the market",
      file: new File([text], "paper.csv"),
    });
    const rejected = readable(await importPaperSignaturesAs(callers.owner, input("full_name,signed_on\nAda,2026-01-01\nGrace,0000-01-01\n")));
    assert.deepEqual(rejected, {
      ok: false,
      error: "rejected",
      rejections: [{ line: 3, reason: 'signed_on "0000-01-01" is out of range: the year must be from 1000 to 9999.' }],
      rejectedCount: 1,
      rowCount: 2,
    });
    const binary = readable(await importPaperSignaturesAs(callers.owner, input(`full_name\nAda\nGr${NUL}ace\n`)));
    assert.ok(!binary.ok && binary.error === "invalid" && /binary data/.test(binary.fieldErrors.file ?? ""), JSON.stringify(binary));
    const title = await importPaperSignaturesAs(callers.owner, { ...input("full_name\nAda\n"), sourceTitle: `Sheets${NUL}` });
    assert.deepEqual(title, { ok: false, error: "invalid", fieldErrors: { sourceTitle: NOT_ALLOWED } });
    assert.deepEqual(await campaignWrites(), before, "nothing was written");
  });
});

describe("bursts are held back per organizer", () => {
  const testSends = () => count(sql`select count(*)::int as n from email_outbox where kind = 'mailing-test'`);
  const testAudits = (mailingId: string) =>
    count(sql`select count(*)::int as n from audit_log where action = 'mailing.test' and details->>'mailingId' = ${mailingId}`);

  test("the 6th test send within a minute is refused and queues nothing; another organizer is not held back", async () => {
    const draft = await createMailingAs(callers.editor, { campaignSlug: campaign.slug, subject: "Try me", body: "News." });
    assert.ok(draft.ok);
    const ref = { campaignSlug: campaign.slug, mailingId: draft.value.mailingId };
    await startOfAMinute();
    for (let i = 0; i < 5; i++) assert.ok((await sendTestMailingAs(callers.editor, ref)).ok, `send ${i + 1}`);
    const queued = await testSends();
    assert.deepEqual(await sendTestMailingAs(callers.editor, ref), { ok: false, error: "invalid", fieldErrors: { form: TOO_MANY_TESTS } });
    assert.equal(await testSends(), queued, "nothing more is queued");
    assert.equal(await testAudits(ref.mailingId), 5, "nor recorded");
    assert.ok((await sendTestMailingAs(callers.owner, ref)).ok, "the limit is the caller's own");
  });

  test("the 31st test send within an hour is refused, saying how long to wait", async () => {
    const draft = await createMailingAs(callers.admin, { campaignSlug: campaign.slug, subject: "Hourly", body: "News." });
    assert.ok(draft.ok);
    await startOfAMinute();
    for (let i = 0; i < 30; i++) await consumeRateLimit("mailing-test/3600s", callers.admin!.id, 30, 3600);
    const queued = await testSends();
    const refused = await sendTestMailingAs(callers.admin, { campaignSlug: campaign.slug, mailingId: draft.value.mailingId });
    assert.ok(!refused.ok && refused.error === "invalid", JSON.stringify(refused));
    assert.match(english(refused.fieldErrors.form ?? ""), /^You have sent many tests in the last hour: wait (a minute|\d+ minutes)\.$/);
    assert.equal(await testSends(), queued);
  });

  test("the 11th paper import within a minute is refused and imports nothing", async () => {
    const owner = callers.owner!;
    const input = () => ({
      campaignSlug: campaign.slug,
      sourceTitle: "Sheets",
      description: "At the market",
      file: new File(["full_name\nAda\n"], "paper.csv"),
    });
    await startOfAMinute();
    for (let i = 0; i < 10; i++) assert.ok((await importPaperSignaturesAs(owner, input())).ok, `import ${i + 1}`);
    const before = await campaignWrites();
    const refused = readable(await importPaperSignaturesAs(owner, input()));
    assert.deepEqual(refused, { ok: false, error: "invalid", fieldErrors: { form: "You have imported several files just now: wait a minute." } });
    assert.deepEqual(await campaignWrites(), before);
  });

  test("past 30 files read within a minute, the next is refused without being read", async () => {
    const editor = callers.editor!;
    await startOfAMinute();
    for (let i = 0; i < 30; i++) await consumeRateLimit("paper-read/60s", editor.id, 30, 60);
    const { file, pulled } = lazyFile(1_000);
    const refused = readable(
      await importPaperSignaturesAs(editor, { campaignSlug: campaign.slug, sourceTitle: "Sheets", description: "At the market", file }),
    );
    assert.deepEqual(refused, { ok: false, error: "invalid", fieldErrors: { form: "You have imported several files just now: wait a minute." } });
    assert.equal(pulled.bytes, 0);
  });
});

describe("hand-typed page addresses with control characters get a not-found or an empty search, not an error", () => {
  test("a NUL in a campaign slug, a name search or the audit filter", async () => {
    const { loadCampaignOverview } = await import("@/lib/organizers/page-data");
    const { loadModerationPage } = await import("@/lib/moderation/page-data");
    const { loadAuditLog } = await import("@/lib/audit/page-data");
    const { signatureExportResponse } = await import("@/lib/exports/export-response");
    const { campaign, callers } = await setUpActors();
    assert.deepEqual(await loadCampaignOverview(callers.admin, `${campaign.slug}${NUL}`), { ok: false, error: "not-found" });
    assert.ok((await loadCampaignOverview(callers.admin, campaign.slug, { search: `Ada${NUL}` })).ok);
    assert.ok((await loadModerationPage(callers.admin, campaign.slug, { search: NUL })).ok);
    const audit = await loadAuditLog(callers.admin, { campaign: NUL });
    assert.ok(audit.ok);
    const response = await signatureExportResponse(callers.admin, `x${NUL}`, new Request("http://petitions.test/x"));
    assert.equal(response.status, 404);
  });
});
