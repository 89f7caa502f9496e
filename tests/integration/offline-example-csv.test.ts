import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { inEnglish } from "../fixtures/english";

const { createTestCampaign, getDb, schema, useIntegrationLifecycle } = await import("./support");
const { ACTORS, setUpActors } = await import("./organizer-actors");
const { paperExampleResponse } = await import("@/lib/offline/example-csv");
const { paperColumnGuide } = await import("@/lib/offline/paper-columns");
const { paperRulesFor, validatePaperRecords } = await import("@/lib/offline/paper-rows");
const { decodeCsvBytes } = await import("@/lib/offline/csv-decode");
const { parseCsv } = await import("@/lib/offline/csv-parse");
type Actor = import("./organizer-actors").Actor;
type Caller = import("./organizer-actors").Caller;
type Campaign = Awaited<ReturnType<typeof createTestCampaign>>;

// GET /organizer/campaigns/[slug]/offline/example.csv (issue #11): the example paper-signature file
// of a campaign, for whoever may open its offline page, and a file the import itself accepts.

useIntegrationLifecycle();

let callers: Record<Actor, Caller>;
let petition: Campaign;
let declaration: Campaign;
let draft: Campaign;

const exampleUrl = (slug: string) => new URL(`http://petitions.test/organizer/campaigns/${slug}/offline/example.csv`);
const example = (caller: Caller, slug: string) => paperExampleResponse(caller, slug, exampleUrl(slug));

/** The file as the import reads it: decoded, parsed and checked against the campaign's rules. */
async function importCheck(response: Response, campaign: Campaign) {
  const decoded = decodeCsvBytes(new Uint8Array(await response.arrayBuffer()));
  assert.ok(decoded.ok, "the example is UTF-8 text");
  const parsed = parseCsv(decoded.text);
  assert.ok(parsed.ok, "the example is well-formed CSV");
  return { header: parsed.records[0].cells, validation: validatePaperRecords(parsed.records, paperRulesFor(campaign), { maxRows: 10 }) };
}

before(async () => {
  let campaign: Campaign;
  ({ campaign, callers } = await setUpActors());
  petition = campaign;
  declaration = await createTestCampaign({ kind: "declaration" });
  draft = await createTestCampaign({ status: "draft" });
  await getDb()
    .insert(schema.campaignMembers)
    .values([
      { campaignId: declaration.id, userId: callers.viewer!.id, role: "viewer" },
      { campaignId: draft.id, userId: callers.owner!.id, role: "owner" },
    ]);
});

describe("who gets the example file", () => {
  const expected: Record<Actor, number> = {
    anonymous: 307,
    "other-organizer": 404,
    viewer: 200,
    editor: 200,
    owner: 200,
    admin: 200,
  };
  for (const actor of ACTORS) {
    test(`${actor}: ${expected[actor]}`, async () => {
      const response = await example(callers[actor], petition.slug);
      assert.equal(response.status, expected[actor]);
      if (expected[actor] !== 200) assert.doesNotMatch(await response.text(), /full_name/, "a refusal shows nothing of the file");
    });
  }

  test("an anonymous caller is sent to sign in and brought back to the file", async () => {
    const response = await example(null, petition.slug);
    const location = new URL(response.headers.get("location") ?? "", "http://petitions.test");
    assert.equal(location.pathname, "/signin");
    assert.equal(location.searchParams.get("callbackUrl"), `/organizer/campaigns/${petition.slug}/offline/example.csv`);
  });

  test("a draft answers an outsider exactly like a campaign that does not exist", async () => {
    const ofDraft = await example(callers["other-organizer"], draft.slug);
    const ofNothing = await example(callers["other-organizer"], "no-such-campaign");
    assert.equal(ofDraft.status, 404);
    assert.equal(ofNothing.status, 404);
    assert.equal(await ofDraft.text(), await ofNothing.text());
    assert.equal((await example(callers.owner, draft.slug)).status, 200, "its own team gets it");
  });

  test("an address that is no slug answers 404 too", async () => {
    for (const slug of ["Not-A-Slug", "a--b", "%00", "x".repeat(81), "../admin"]) {
      assert.equal((await example(callers.admin, slug)).status, 404, slug);
    }
  });
});

describe("the example file", () => {
  test("is a CSV attachment named after the campaign, not kept by shared caches", async () => {
    const response = await example(callers.editor, petition.slug);
    assert.equal(response.headers.get("content-type"), "text/csv; charset=utf-8");
    assert.equal(response.headers.get("content-disposition"), `attachment; filename="${petition.slug}-paper-signatures-example.csv"`);
    assert.match(response.headers.get("cache-control") ?? "", /no-store/);
  });

  test("names every column the page lists, in order, and has two rows the import accepts", async () => {
    const { header, validation } = await importCheck(await example(callers.editor, petition.slug), petition);
    assert.deepEqual(
      header,
      paperColumnGuide(paperRulesFor(petition)).map((column) => column.name),
    );
    assert.ok(validation.ok, JSON.stringify(validation));
    assert.equal(validation.rows.length, 2);
    assert.equal(validation.rows[0].fullName, "Amélie Dubois", "accents survive: the file is UTF-8 with a BOM");
  });

  test("of a declaration, marks office and municipality required, and its rows have them", async () => {
    const guide = paperColumnGuide(paperRulesFor(declaration));
    assert.deepEqual(
      guide.filter((column) => column.required).map((column) => column.name),
      ["full_name", "office", "municipality"],
    );
    const { validation } = await importCheck(await example(callers.viewer, declaration.slug), declaration);
    assert.ok(validation.ok, JSON.stringify(validation));
    assert.deepEqual(
      validation.rows.map((row) => row.office),
      ["mayor", "municipal-councillor"],
    );
  });

  test("lists exactly the columns the import knows", () => {
    // The import names its columns when a header has none it knows; the page must list the same.
    const refused = validatePaperRecords([{ line: 1, cells: ["nothing_known"] }], paperRulesFor(petition), { maxRows: 10 });
    assert.ok(!refused.ok && refused.kind === "file");
    const known = /The columns are: (.*)\./.exec(inEnglish(refused.message))?.[1].replace(" (required)", "").split(", ");
    assert.deepEqual(
      paperColumnGuide(paperRulesFor(petition)).map((column) => column.name),
      known,
    );
  });
});
