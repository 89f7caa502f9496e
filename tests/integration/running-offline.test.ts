import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { lazyFile } from "../fixtures/lazy-file";
import { readable } from "../fixtures/english";

const { createTestCampaign, rows, useIntegrationLifecycle } = await import("./support");
const { ACTORS, setUpActors } = await import("./organizer-actors");
const { loadOfflinePage } = await import("@/lib/offline/page-data");
const { importPaperSignaturesAs: importPaperSignaturesKeysAs, recordOfflineTallyAs, removeOfflineTallyAs } = await import("@/lib/offline/commands");
const { importPaperSignatures } = await import("@/lib/offline/mutations");
const { getTally, getCampaignCount } = await import("@/lib/tallies/queries");
const { getCachedCampaignCount } = await import("@/lib/tallies/cache");
type Actor = import("./organizer-actors").Actor;
type Caller = import("./organizer-actors").Caller;

useIntegrationLifecycle();

const importPaperSignaturesAs = async (...args: Parameters<typeof importPaperSignaturesKeysAs>) =>
  readable(await importPaperSignaturesKeysAs(...args));

const MB = 1024 * 1024;
const fixture = async (name: string) => new File([await readFile(new URL(`../fixtures/csv/${name}`, import.meta.url))], name);
const csvFile = (text: string, name = "paper.csv") => new File([text], name);

let callers: Record<Actor, Caller>;
let campaign: Awaited<ReturnType<typeof createTestCampaign>>;
let otherCampaign: Awaited<ReturnType<typeof createTestCampaign>>;

before(async () => {
  ({ campaign, otherCampaign, callers } = await setUpActors());
});

const allowedToChange = (actor: Actor) => actor === "editor" || actor === "owner" || actor === "admin";
const refusal = (actor: Actor) => (actor === "anonymous" ? "unauthenticated" : "forbidden");

async function offlineState(campaignId: string) {
  const [state] = await rows<{ tallies: number; signatures: number; audits: number }>(sql`
    select (select count(*)::int from offline_tallies where campaign_id = ${campaignId}) as tallies,
           (select count(*)::int from offline_signatures where campaign_id = ${campaignId}) as signatures,
           (select count(*)::int from audit_log where campaign_id = ${campaignId} and action like 'offline.%') as audits`);
  return state;
}

const importInput = (file: unknown, slug = campaign.slug) => ({
  campaignSlug: slug,
  sourceTitle: "Market stall sheets",
  description: "Signed on paper at the market",
  file,
});
const tallyInput = (count: number, slug = campaign.slug) => ({
  campaignSlug: slug,
  count: String(count),
  description: `about ${count}`,
  sourceTitle: "Local paper",
  sourceUrl: "https://news.example.org/story",
  sourceDate: "2026-03-14",
});

describe("the offline-signatures page and its commands, for every kind of caller", () => {
  for (const actor of ACTORS) {
    test(`${actor}: the page's data`, async () => {
      const result = await loadOfflinePage(callers[actor], campaign.slug);
      if (actor === "anonymous" || actor === "other-organizer") return assert.deepEqual(result, { ok: false, error: refusal(actor) });
      assert.ok(result.ok);
      assert.equal(result.value.canEdit, allowedToChange(actor));
      assert.equal(result.value.campaign.slug, campaign.slug);
    });

    test(`${actor}: recording a documented tally`, async () => {
      const count = 100 + ACTORS.indexOf(actor);
      const before = await offlineState(campaign.id);
      const result = await recordOfflineTallyAs(callers[actor], tallyInput(count));
      const [row] = await rows<{ created_by: string; source_url: string; source_date: string }>(sql`
        select created_by, source_url, source_date::text from offline_tallies where campaign_id = ${campaign.id} and count = ${count}`);
      if (!allowedToChange(actor)) {
        assert.deepEqual(result, { ok: false, error: refusal(actor) });
        assert.deepEqual(await offlineState(campaign.id), before, "nothing changed");
        return;
      }
      assert.ok(result.ok);
      assert.deepEqual(row, { created_by: callers[actor]!.id, source_url: "https://news.example.org/story", source_date: "2026-03-14" });
      const [audit] = await rows<{ actor_email: string }>(sql`
        select actor_email from audit_log where action = 'offline.record' and details->>'tallyId' = ${result.value.tallyId}`);
      assert.equal(audit.actor_email, callers[actor]!.email);
    });

    test(`${actor}: importing paper signatures (a refused caller's file is never read)`, async () => {
      const before = await offlineState(campaign.id);
      const { file, pulled } = lazyFile(1_000);
      const result = await importPaperSignaturesAs(callers[actor], importInput(allowedToChange(actor) ? await fixture("paper-petition.csv") : file));
      if (!allowedToChange(actor)) {
        assert.deepEqual(result, { ok: false, error: refusal(actor) });
        assert.equal(pulled.bytes, 0);
        assert.deepEqual(await offlineState(campaign.id), before, "nothing changed");
        return;
      }
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.value.count, 5);
      const after = await offlineState(campaign.id);
      assert.deepEqual(after, { tallies: before.tallies + 1, signatures: before.signatures + 5, audits: before.audits + 1 });
    });

    test(`${actor}: removing a tally`, async () => {
      const made = await recordOfflineTallyAs(callers.admin, tallyInput(7));
      assert.ok(made.ok);
      const before = await offlineState(campaign.id);
      const result = await removeOfflineTallyAs(callers[actor], { campaignSlug: campaign.slug, tallyId: made.value.tallyId });
      if (!allowedToChange(actor)) {
        assert.deepEqual(result, { ok: false, error: refusal(actor) });
        assert.deepEqual(await offlineState(campaign.id), before, "nothing changed");
        await removeOfflineTallyAs(callers.admin, { campaignSlug: campaign.slug, tallyId: made.value.tallyId });
        return;
      }
      assert.deepEqual(result, { ok: true, value: { campaignSlug: campaign.slug, count: 7 } });
      assert.deepEqual(await offlineState(campaign.id), { ...before, tallies: before.tallies - 1, audits: before.audits + 1 });
    });
  }

  test("an unknown campaign is a 404 to a signed-in caller", async () => {
    assert.deepEqual(await loadOfflinePage(callers.admin, "no-such-campaign"), { ok: false, error: "not-found" });
    assert.deepEqual(await recordOfflineTallyAs(callers.admin, tallyInput(5, "no-such-campaign")), { ok: false, error: "not-found" });
    assert.deepEqual(await importPaperSignaturesAs(callers.admin, importInput(await fixture("paper-petition.csv"), "no-such-campaign")), {
      ok: false,
      error: "not-found",
    });
  });

  test("a tally id of another campaign, sent with this campaign's slug, removes nothing", async () => {
    const theirs = await recordOfflineTallyAs(callers.admin, tallyInput(9, otherCampaign.slug));
    assert.ok(theirs.ok);
    const result = await removeOfflineTallyAs(callers.owner, { campaignSlug: campaign.slug, tallyId: theirs.value.tallyId });
    assert.deepEqual(result, { ok: false, error: "not-found" });
    assert.equal((await offlineState(otherCampaign.id)).tallies, 1);
  });
});

describe("a paper-signature import", () => {
  test("stores every row as written in the file, with its line, and the tally with the file's name", async () => {
    const target = await createTestCampaign();
    const result = await importPaperSignaturesAs(callers.admin, importInput(await fixture("paper-petition.csv"), target.slug));
    assert.ok(result.ok);
    const [tally] = await rows<{ count: number; imported_from: string; source_title: string; description: string; created_by: string }>(sql`
      select count, imported_from, source_title, description, created_by from offline_tallies where campaign_id = ${target.id}`);
    assert.deepEqual(tally, {
      count: 5,
      imported_from: "paper-petition.csv",
      source_title: "Market stall sheets",
      description: "Signed on paper at the market",
      created_by: callers.admin!.id,
    });
    const stored = await rows<Record<string, string | number | null>>(sql`
      select line, full_name, country, city, postcode, signed_on::text from offline_signatures where campaign_id = ${target.id} order by line`);
    assert.deepEqual(stored, [
      { line: 2, full_name: "Ada Lovelace", country: "GB", city: "London", postcode: "NW1", signed_on: "2026-03-01" },
      { line: 3, full_name: "Hopper, Grace", country: "US", city: "Arlington, VA", postcode: null, signed_on: "2026-03-02" },
      { line: 5, full_name: 'Marie "Manya" Curie', country: "PL", city: "Warsaw", postcode: "00-001", signed_on: null },
      { line: 6, full_name: "Alan Turing", country: null, city: "Wilmslow", postcode: null, signed_on: "2026-03-02" },
      { line: 7, full_name: '=HYPERLINK("http://evil.example")', country: "FR", city: "Paris", postcode: "75001", signed_on: "2026-03-03" },
    ]);
    const [audit] = await rows<{ subject: string; details: { count: number; file: string } }>(sql`
      select subject, details from audit_log where campaign_id = ${target.id} and action = 'offline.import'`);
    assert.equal(audit.details.count, 5);
    assert.equal(audit.details.file, "paper-petition.csv");
  });

  test("is added to the campaign's total, apart from online signatures, in the cached public count within a second", async () => {
    const target = await createTestCampaign();
    assert.equal((await getCachedCampaignCount(target.slug))!.tally.total, 0);
    assert.ok((await importPaperSignaturesAs(callers.admin, importInput(await fixture("paper-petition.csv"), target.slug))).ok);
    assert.ok((await recordOfflineTallyAs(callers.admin, tallyInput(2000, target.slug))).ok);
    assert.deepEqual(await getTally(target.id).then(({ online, offline, total }) => ({ online, offline, total })), {
      online: 0,
      offline: 2005,
      total: 2005,
    });
    assert.equal((await getCampaignCount(target.slug))!.tally.offline, 2005);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    assert.equal((await getCachedCampaignCount(target.slug))!.tally.total, 2005);
  });

  test("for a declaration, office and municipality are required and offices are stored by key", async () => {
    const declaration = await createTestCampaign({
      kind: "declaration",
      signerFields: { country: "optional", city: "off", postcode: "off", office: "required", municipality: "required" },
    });
    const refused = await importPaperSignaturesAs(callers.admin, importInput(await fixture("paper-petition.csv"), declaration.slug));
    assert.deepEqual(refused, {
      ok: false,
      error: "invalid",
      fieldErrors: { file: "The header has no office and municipality columns, which are required." },
    });
    const result = await importPaperSignaturesAs(callers.admin, importInput(await fixture("paper-declaration.csv"), declaration.slug));
    assert.ok(result.ok);
    const stored = await rows<{ office: string; municipality: string }>(sql`
      select office, municipality from offline_signatures where campaign_id = ${declaration.id} order by line`);
    assert.deepEqual(stored, [
      { office: "mayor", municipality: "Lyon" },
      { office: "municipal-councillor", municipality: "Rennes" },
      { office: "deputy-mayor", municipality: "Saint-Denis, La Réunion" },
    ]);
  });

  test("of 50,000 rows, the limit, goes in whole; one row more is refused", async () => {
    const target = await createTestCampaign();
    const body = Array.from({ length: 50_000 }, (_, i) => `Signer ${i},FR,2026-01-01\n`).join("");
    const result = await importPaperSignaturesAs(callers.admin, importInput(csvFile(`full_name,country,signed_on\n${body}`), target.slug));
    assert.ok(result.ok && result.value.count === 50_000);
    assert.equal((await offlineState(target.id)).signatures, 50_000);
    const over = await importPaperSignaturesAs(callers.admin, importInput(csvFile(`full_name\n${"x\n".repeat(50_001)}`), target.slug));
    assert.ok(!over.ok && over.error === "invalid" && /has 50,001 signatures; at most 50,000/.test(over.fieldErrors.file ?? ""));
    assert.equal((await offlineState(target.id)).tallies, 1);
  });

  test("that fails part-way through the inserts leaves nothing behind", async () => {
    const target = await createTestCampaign();
    const good = { fullName: "Ada", country: null, city: null, postcode: null, office: null, municipality: null, signedOn: null };
    const rowsToInsert = Array.from({ length: 2_500 }, (_, i) => ({ ...good, line: i + 2 }));
    rowsToInsert[2_200] = { ...good, line: 2_202, fullName: null as unknown as string };
    await assert.rejects(importPaperSignatures(callers.admin!, target, { sourceTitle: "t", description: "d", fileName: "f.csv" }, rowsToInsert));
    assert.deepEqual(await offlineState(target.id), { tallies: 0, signatures: 0, audits: 0 });
  });
});

describe("a bad file changes nothing and says why", () => {
  const cases: [string, () => Promise<unknown>, RegExp][] = [
    ["an unterminated quote", () => fixture("unterminated-quote.csv"), /quoted field that starts on line 3 is never closed/],
    ["Latin-1 text", () => fixture("latin1.csv"), /not UTF-8 text \(first on line 3\)/],
    ["a spreadsheet saved with a .csv name", () => fixture("spreadsheet-saved-as.csv"), /spreadsheet file, not a CSV file/],
    ["no header", () => fixture("no-header.csv"), /first line must be a header/],
    ["semicolons", () => fixture("semicolons.csv"), /semicolons/],
    ["an unknown column", () => fixture("wrong-columns.csv"), /unknown column "email"/],
    ["a header and no rows", () => fixture("header-only.csv"), /header but no signatures/],
    ["an empty file", async () => csvFile(""), /The file is empty/],
    ["binary data", async () => new File([new Uint8Array([0x66, 0x00, 0x01, 0xff])], "x.csv"), /binary data/],
    ["no file at all", async () => new File([], ""), /Choose a CSV file/],
  ];
  for (const [label, file, message] of cases) {
    test(label, async () => {
      const target = await createTestCampaign();
      const result = await importPaperSignaturesAs(callers.admin, importInput(await file(), target.slug));
      assert.ok(!result.ok && result.error === "invalid", JSON.stringify(result));
      assert.match(result.fieldErrors.file ?? "", message);
      assert.deepEqual(await offlineState(target.id), { tallies: 0, signatures: 0, audits: 0 });
    });
  }

  test("rejected rows are listed by line and reason, and none of the good rows are imported", async () => {
    const target = await createTestCampaign();
    const result = await importPaperSignaturesAs(callers.admin, importInput(await fixture("bad-rows.csv"), target.slug));
    assert.ok(!result.ok && result.error === "rejected", JSON.stringify(result));
    assert.equal(result.rowCount, 6);
    assert.equal(result.rejectedCount, 4);
    assert.deepEqual(
      result.rejections.map((rejection) => rejection.line),
      [3, 4, 5, 7],
    );
    assert.match(result.rejections[1].reason, /country "ZZ"/);
    assert.deepEqual(await offlineState(target.id), { tallies: 0, signatures: 0, audits: 0 });
  });

  test("a 50 MB upload is refused by its size, without reading it", async () => {
    const target = await createTestCampaign();
    const { file, pulled } = lazyFile(50 * MB);
    const result = await importPaperSignaturesAs(callers.admin, importInput(file, target.slug));
    assert.deepEqual(result, {
      ok: false,
      error: "invalid",
      fieldErrors: { file: "The file is 50 MB; at most 5 MB can be imported at once. Split it into smaller files." },
    });
    assert.equal(pulled.bytes, 0);
    assert.deepEqual(await offlineState(target.id), { tallies: 0, signatures: 0, audits: 0 });
  });

  test("an upload that understates its size is read only to just past 5 MB, then refused", async () => {
    const target = await createTestCampaign();
    const { file, pulled } = lazyFile(50 * MB, 10_000);
    const result = await importPaperSignaturesAs(callers.admin, importInput(file, target.slug));
    assert.deepEqual(result, { ok: false, error: "invalid", fieldErrors: { file: "The file is larger than 5 MB. Split it into smaller files." } });
    assert.ok(pulled.bytes <= 5 * MB + 64 * 1024, `read ${pulled.bytes} bytes`);
    assert.deepEqual(await offlineState(target.id), { tallies: 0, signatures: 0, audits: 0 });
  });

  test("a tally of zero, or with a javascript: address, is refused with field errors", async () => {
    const target = await createTestCampaign();
    const result = await recordOfflineTallyAs(callers.admin, { ...tallyInput(0, target.slug), sourceUrl: "javascript:alert(1)" });
    assert.ok(!result.ok && result.error === "invalid");
    assert.deepEqual(Object.keys(result.fieldErrors).sort(), ["count", "sourceUrl"]);
    assert.deepEqual(await offlineState(target.id), { tallies: 0, signatures: 0, audits: 0 });
  });
});
