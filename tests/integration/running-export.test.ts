import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";

const { createTestCampaign, getDb, rows, useIntegrationLifecycle } = await import("./support");
const { ACTORS, setUpActors } = await import("./organizer-actors");
const { signatureExportResponse } = await import("@/lib/exports/export-response");
const { EXPORT_COLUMNS } = await import("@/lib/exports/signature-export");
const { parseCsv } = await import("@/lib/offline/csv-parse");
const { captureQueries, plansOf, scansIn } = await import("./query-plans");
type Actor = import("./organizer-actors").Actor;
type Caller = import("./organizer-actors").Caller;

useIntegrationLifecycle();

let callers: Record<Actor, Caller>;
let campaign: Awaited<ReturnType<typeof createTestCampaign>>;
let otherCampaign: Awaited<ReturnType<typeof createTestCampaign>>;

type Seed = {
  count: number;
  status: "pending" | "confirmed" | "invalidated";
  name?: string;
  comment?: string;
  optIn?: boolean;
  sameInstant?: boolean;
};

/**
 * Inserts signatures straight into the table (no emails, no tally): the export reads rows as they
 * are. `sameInstant` gives them all one created_at, so paging must break ties on id; otherwise
 * they are a microsecond apart, so a cursor that lost microseconds would skip or repeat rows.
 */
async function seedSignatures(campaignId: string, seed: Seed): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  const createdAt = seed.sameInstant ? sql`now()` : sql`now() + make_interval(secs => i / 1000000.0)`;
  await getDb().execute(sql`
    insert into signatures (campaign_id, status, email, email_canonical, full_name, country, city, comment, show_name,
                            opt_in_updates, consented_at, withdraw_token_hash, utm_source, created_at, confirmed_at)
    select ${campaignId}, ${seed.status}::signature_status, ${tag} || '.' || i || '@example.org', ${tag} || '.' || i || '@example.org',
           coalesce(${seed.name ?? null}, 'Signer ' || ${tag} || ' ' || i), 'FR', 'Lyon, Rhône', ${seed.comment ?? null}, i % 2 = 0,
           ${seed.optIn ?? false}, now(), sha256(convert_to(${tag} || i, 'UTF8')), 'newsletter', ${createdAt},
           case when ${seed.status} = 'confirmed' then now() end
      from generate_series(1, ${seed.count}) as i`);
}

/** The export as a browser asks for it from the organizer's own page (same origin). */
const exportUrl = (slug: string, query = "", fetchSite = "same-origin") =>
  new Request(`http://petitions.test/organizer/campaigns/${slug}/export.csv${query}`, { headers: { "sec-fetch-site": fetchSite } });

async function exportRows(response: Response): Promise<Record<string, string>[]> {
  const parsed = parseCsv(await response.text());
  assert.ok(parsed.ok);
  const [header, ...body] = parsed.records;
  assert.deepEqual(header.cells, [...EXPORT_COLUMNS]);
  return body.map((record) => Object.fromEntries(record.cells.map((cell, i) => [EXPORT_COLUMNS[i], cell])));
}

before(async () => {
  ({ campaign, otherCampaign, callers } = await setUpActors());
  await seedSignatures(campaign.id, { count: 3_000, status: "confirmed", sameInstant: true });
  await seedSignatures(campaign.id, { count: 1_987, status: "pending" });
  // Unconfirmed: anyone may have typed these names and addresses (issue #13).
  await seedSignatures(campaign.id, { count: 3, status: "pending", name: "Typed By Someone", comment: "Not mine", optIn: true });
  await seedSignatures(campaign.id, {
    count: 4,
    status: "confirmed",
    name: '=HYPERLINK("http://evil.example","x")',
    comment: "+1 -2 @3",
    optIn: true,
  });
  await seedSignatures(campaign.id, { count: 6, status: "confirmed", name: "@SUM(A1)", comment: "\tTabbed", optIn: true });
  await seedSignatures(campaign.id, { count: 25, status: "invalidated", name: "Spam Bot" });
  await seedSignatures(otherCampaign.id, { count: 10, status: "confirmed", name: "Someone Else" });
});

describe("the signatures export, for every kind of caller", () => {
  const expected: Record<Actor, number> = { anonymous: 307, "other-organizer": 404, viewer: 403, editor: 200, owner: 200, admin: 200 };
  for (const actor of ACTORS) {
    test(`${actor}: ${expected[actor]}`, async () => {
      const audits = async () =>
        (
          await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where campaign_id = ${campaign.id} and action = 'signatures.export'`)
        )[0].n;
      const before = await audits();
      const response = await signatureExportResponse(callers[actor], campaign.slug, exportUrl(campaign.slug));
      assert.equal(response.status, expected[actor]);
      assert.equal(response.headers.get("cache-control"), "no-store");
      if (expected[actor] === 200) {
        assert.equal((await exportRows(response)).length, 5_000);
        assert.equal(await audits(), before + 1, "the export is in the audit log");
        return;
      }
      const body = await response.text();
      assert.match(response.headers.get("content-type") ?? "", /^text\/plain/);
      assert.doesNotMatch(body, /Signer|@example\.org|,/, "no data in a refusal");
      assert.equal(await audits(), before);
      if (actor === "anonymous") {
        assert.equal(
          response.headers.get("location"),
          `/signin?callbackUrl=${encodeURIComponent(`/organizer/campaigns/${campaign.slug}/export.csv`)}`,
        );
      }
    });
  }

  test("an unknown campaign is a 404, and an unknown option a 400", async () => {
    assert.equal((await signatureExportResponse(callers.admin, "no-such-campaign", exportUrl("no-such-campaign"))).status, 404);
    assert.equal((await signatureExportResponse(callers.admin, campaign.slug, exportUrl(campaign.slug, "?include=everything"))).status, 400);
  });
});

describe("the exported file", () => {
  let exported: Record<string, string>[];
  let response: Response;

  before(async () => {
    response = await signatureExportResponse(callers.owner, campaign.slug, exportUrl(campaign.slug));
    exported = await exportRows(response.clone());
  });

  test("is a dated CSV attachment that no cache keeps", () => {
    assert.equal(response.headers.get("content-type"), "text/csv; charset=utf-8");
    const day = new Date().toISOString().slice(0, 10);
    assert.equal(response.headers.get("content-disposition"), `attachment; filename="${campaign.slug}-signatures-${day}.csv"`);
  });

  test("holds every confirmed and pending signature of the campaign exactly once, and nothing else", async () => {
    const expectedIds = await rows<{ id: string }>(sql`
      select id::text from signatures where campaign_id = ${campaign.id} and status <> 'invalidated' order by id`);
    assert.deepEqual(exported.map((row) => row.id).sort(), expectedIds.map((row) => row.id).sort());
    assert.deepEqual(new Set(exported.map((row) => row.status)), new Set(["confirmed", "pending"]));
    assert.ok(!exported.some((row) => /Spam Bot|Someone Else/.test(row.full_name)));
  });

  test("gives an email address only for signers who agreed to be contacted", () => {
    const withEmail = exported.filter((row) => row.email !== "");
    assert.equal(withEmail.length, 10);
    assert.ok(withEmail.every((row) => row.full_name.startsWith("'") && /@example\.org$/.test(row.email)));
  });

  test("gives nothing about the person for a signature its owner has not confirmed, whatever was typed", () => {
    const pending = exported.filter((row) => row.status === "pending");
    assert.equal(pending.length, 1_990);
    assert.ok(!exported.some((row) => /Typed By Someone|Not mine/.test(`${row.full_name}${row.comment}`)));
    for (const column of ["full_name", "email", "country", "city", "postcode", "office", "municipality", "comment"] as const) {
      assert.ok(
        pending.every((row) => row[column] === ""),
        column,
      );
    }
    assert.ok(
      pending.every((row) => row.id && row.signed_at && row.utm_source === "newsletter"),
      "what is not personal stays",
    );
  });

  test("is refused when another site's page asks for it through the editor's browser", async () => {
    for (const fetchSite of ["cross-site", "same-site"]) {
      const response = await signatureExportResponse(callers.editor, campaign.slug, exportUrl(campaign.slug, "", fetchSite));
      assert.equal(response.status, 403, fetchSite);
      assert.doesNotMatch(await response.text(), /@example\.org/);
    }
    const direct = await signatureExportResponse(callers.editor, campaign.slug, exportUrl(campaign.slug, "", "none"));
    assert.equal(direct.status, 200, "an address typed or bookmarked works");
    await direct.body?.cancel();
  });

  test("defuses cells a spreadsheet would run as formulas, and keeps commas and quotes intact", () => {
    const formula = exported.find((row) => row.full_name.includes("HYPERLINK"))!;
    assert.equal(formula.full_name, `'=HYPERLINK("http://evil.example","x")`);
    assert.equal(formula.comment, "'+1 -2 @3");
    const at = exported.find((row) => row.full_name.includes("SUM"))!;
    assert.equal(at.full_name, "'@SUM(A1)");
    assert.equal(at.comment, "'\tTabbed");
    assert.equal(formula.city, "Lyon, Rhône");
  });

  test("writes times in UTC and flags as true or false", () => {
    const confirmed = exported.find((row) => row.status === "confirmed")!;
    assert.match(confirmed.signed_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.match(confirmed.confirmed_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.equal(exported.find((row) => row.status === "pending")!.confirmed_at, "");
    assert.deepEqual(new Set(exported.map((row) => row.show_name)), new Set(["true", "false"]));
    assert.equal(confirmed.verified, "false");
    assert.equal(confirmed.utm_source, "newsletter");
  });

  test("with include=invalidated, also the invalidated signatures", async () => {
    const all = await exportRows(await signatureExportResponse(callers.editor, campaign.slug, exportUrl(campaign.slug, "?include=invalidated")));
    assert.equal(all.length, 5_025);
    assert.equal(all.filter((row) => row.status === "invalidated").length, 25);
  });
});

describe("streaming", () => {
  test("rows are read one batch per pull of the stream, never the whole campaign at once", async () => {
    const batches: number[] = [];
    const response = await signatureExportResponse(callers.admin, campaign.slug, exportUrl(campaign.slug), {
      batchSize: 500,
      onBatch: (count) => batches.push(count),
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value, { stream: true });
    text += decoder.decode((await reader.read()).value, { stream: true });
    assert.ok(batches.length <= 2, `after the header and one batch, ${batches.length} queries ran`);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    // 5,000 rows in full batches of 500, then one query that finds nothing more.
    assert.deepEqual(batches, [...Array(10).fill(500), 0]);
    const parsed = parseCsv(text);
    assert.ok(parsed.ok && parsed.records.length === 5_001);
    assert.equal(new Set(parsed.records.slice(1).map((record) => record.cells[0])).size, 5_000, "no row twice across batch edges");
  });

  test("a reader that stops early stops the queries", async () => {
    const batches: number[] = [];
    const response = await signatureExportResponse(callers.admin, campaign.slug, exportUrl(campaign.slug), {
      batchSize: 100,
      onBatch: (count) => batches.push(count),
    });
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(batches.length <= 3, `${batches.length} queries for a reader that stopped after one batch`);
  });
});

describe("the batch query", () => {
  test("reads one campaign's rows through its index, not by scanning every signature", async () => {
    // Other campaigns' signatures make this one a small part of the table, as in production.
    const crowd = await createTestCampaign();
    await seedSignatures(crowd.id, { count: 60_000, status: "confirmed" });
    await getDb().execute(sql`analyze signatures`);
    const queries = await captureQueries(async () => {
      const response = await signatureExportResponse(callers.admin, campaign.slug, exportUrl(campaign.slug), { batchSize: 2_000 });
      await response.text();
    });
    const batchQueries = queries.filter(({ query }) => /from signatures/.test(query) && /limit/.test(query));
    assert.equal(batchQueries.length, 3, "5,000 rows in batches of 2,000");
    for (const plan of await plansOf(batchQueries)) {
      const scans = scansIn(plan);
      assert.ok(!scans.includes("Seq Scan on signatures"), scans.join(", "));
    }
  });
});
