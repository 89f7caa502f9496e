import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { addConfirmed, addPending, assertCountersExact } from "./moderation-fixtures";
import { createTestCampaign, getDb, linksFor, rows, schema, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

// The official list of French communes (issue #14): loaded once per data version, searched by the
// picker, resolving what French officials type, and counting their signatures by département and region.

const { loadCommuneData } = await import("@/lib/communes/mutations");
const { searchCommunes, resolveCommuneName } = await import("@/lib/communes/queries");
const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { invalidateSignaturesAs, undoInvalidationAs, releaseHeldSignaturesAs } = await import("@/lib/moderation/commands");
const { getBreakdowns } = await import("@/lib/tallies/breakdowns");
const { importPaperSignatures } = await import("@/lib/offline/mutations");
const { GET: searchRoute } = await import("@/app/api/v1/communes/route");
const { createUser, setUpActors } = await import("./organizer-actors");

useIntegrationLifecycle();

const DECLARATION = { country: "required", city: "off", postcode: "off", office: "required", municipality: "required" } as const;
const official = (overrides: Record<string, unknown>) => validSignature({ country: "FR", office: "mayor", ...overrides });
const count = async (table: string) => (await rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0].n;

describe("loading the communes", () => {
  test("the installed version is loaded once: communes actuelles and arrondissements, départements and regions", async () => {
    assert.deepEqual(await loadCommuneData(), { loaded: false, version: "6.0.0" }, "support.ts loaded it already");
    assert.equal(await count("communes"), 34_969 + 45);
    assert.equal(await count("departements"), 109);
    assert.equal(await count("regions"), 26);
    const [paris5] = await rows(sql`select name, kind, parent_code, departement_code, region_code from communes where code = '75105'`);
    assert.deepEqual(paris5, {
      name: "Paris 5e Arrondissement",
      kind: "arrondissement",
      parent_code: "75056",
      departement_code: "75",
      region_code: "11",
    });
    const delegated = await rows(sql`select 1 from communes where name = 'Arbignieu'`);
    assert.equal(delegated.length, 0, "communes déléguées are not offered");
  });

  test("a newer data version loads again, and a commune it no longer lists is kept, retired", async () => {
    await getDb().insert(schema.communes).values({
      code: "99999",
      name: "Ancienne-Commune",
      searchName: "ancienne commune",
      departementCode: "01",
      regionCode: "84",
      kind: "commune",
      dataVersion: "5.0.0",
    });
    try {
      const reload = await loadCommuneData("6.0.0-newer");
      assert.deepEqual(reload, { loaded: true, version: "6.0.0-newer", communes: 35_014, retired: 1 });
      assert.equal(await count("communes"), 35_015, "nothing is deleted");
      assert.deepEqual(await searchCommunes("Ancienne-Commune"), [], "a retired commune is not offered");
      assert.deepEqual((await loadCommuneData("6.0.0-newer")).loaded, false, "the same version is not loaded twice");
    } finally {
      await getDb().delete(schema.communes).where(sql`code = '99999'`);
      await loadCommuneData();
    }
  });
});

describe("searching the communes", () => {
  test("every homonym first, named with its département; accents, case and St do not matter", async () => {
    const found = await searchCommunes("st denis");
    assert.deepEqual(
      found.slice(0, 4).map((c) => `${c.name} (${c.departementCode} – ${c.departementName})`),
      ["Saint-Denis (974 – La Réunion)", "Saint-Denis (93 – Seine-Saint-Denis)", "Saint-Denis (11 – Aude)", "Saint-Denis (30 – Gard)"],
    );
    assert.ok(found.length <= 10 && found.slice(4).every((c) => c.name.startsWith("Saint-Denis-")));
    assert.equal((await searchCommunes("ÉVRY COURC"))[0]?.name, "Évry-Courcouronnes");
    assert.deepEqual(await searchCommunes("s"), [], "one letter finds nothing");
  });

  test("is answered from the search index", async () => {
    const plan = await rows<{ "QUERY PLAN": string }>(sql`explain
      select code from communes where retired_at is null and search_name ~>=~ 'saint d' and search_name ~<~ 'saint d{'`);
    assert.match(plan.map((row) => row["QUERY PLAN"]).join("\n"), /communes_search_idx/);
  });

  test("the endpoint answers JSON cached for a day, and refuses a query over 60 characters with a 400", async () => {
    const ok = await searchRoute(new Request("http://petitions.test/api/v1/communes?q=Lyon"));
    assert.equal(ok.status, 200);
    assert.match(ok.headers.get("cache-control") ?? "", /max-age=86400/);
    const body = (await ok.json()) as { communes: { code: string }[] };
    assert.equal(body.communes[0].code, "69123");
    const long = await searchRoute(new Request(`http://petitions.test/api/v1/communes?q=${"a".repeat(61)}`));
    assert.equal(long.status, 400);
    assert.equal(((await long.json()) as { error: string }).error, "invalid_query");
    assert.equal((await searchRoute(new Request("http://petitions.test/api/v1/communes"))).status, 400);
  });

  test("a typed name resolves to its one commune, to the homonyms to choose from, or to nothing", async () => {
    const lyon = await resolveCommuneName("lyon");
    assert.ok(lyon.kind === "found" && lyon.commune.code === "69123");
    const saintDenis = await resolveCommuneName("Saint-Denis");
    assert.ok(saintDenis.kind === "choose");
    assert.deepEqual(saintDenis.choices.map((c) => c.code).sort(), ["11339", "30247", "93066", "97411"]);
    const partial = await resolveCommuneName("Paris 5e");
    assert.ok(partial.kind === "choose" && partial.choices[0].code === "75105", "no exact name: the names it starts");
    assert.deepEqual(await resolveCommuneName("Nulle-Part-sur-Rien"), { kind: "not-found" });
  });
});

describe("signing as a French official", () => {
  let campaign: Awaited<ReturnType<typeof createTestCampaign>>;
  before(async () => {
    campaign = await createTestCampaign({ kind: "declaration", signerFields: DECLARATION });
  });
  const stored = async (email: string) =>
    (
      await rows<{ municipality: string; commune_code: string | null }>(sql`
      select municipality, commune_code from signatures where email = ${email}`)
    )[0];

  test("a chosen code is kept with the commune's official name", async () => {
    const input = official({ municipality: "saint denis", communeCode: "93066" });
    assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
    assert.deepEqual(await stored(input.email), { municipality: "Saint-Denis", commune_code: "93066" });
  });

  test("a name several communes share comes back with them to choose from; none is recorded", async () => {
    const input = official({ municipality: "Saint-Denis" });
    const outcome = await signCampaign(campaign.slug, input);
    assert.equal(outcome.kind, "invalid");
    assert.ok(outcome.kind === "invalid" && outcome.communeChoices?.length === 4);
    assert.equal(await stored(input.email), undefined);
  });

  test("a name no commune bears is refused with a field error", async () => {
    const outcome = await signCampaign(campaign.slug, official({ municipality: "Nulle-Part-sur-Rien" }));
    assert.deepEqual(outcome, { kind: "invalid", fieldErrors: { municipality: "signing.errors.municipality.notFound" } });
  });

  test("a unique name is resolved; a code that is no commune falls back to the name", async () => {
    const input = official({ municipality: "villeurbanne", communeCode: "00000" });
    assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
    assert.deepEqual(await stored(input.email), { municipality: "Villeurbanne", commune_code: "69266" });
  });

  test("an official from elsewhere keeps free text and no code", async () => {
    const input = official({ country: "BE", municipality: "Saint-Denis", communeCode: "93066" });
    assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
    assert.deepEqual(await stored(input.email), { municipality: "Saint-Denis", commune_code: null });
  });
});

describe("breakdowns by département and region", () => {
  test("count confirmed signatures exactly, and withdrawal takes them out", async () => {
    const campaign = await createTestCampaign({ kind: "declaration", signerFields: DECLARATION });
    const signers = [
      official({ communeCode: "93066", municipality: "Saint-Denis" }),
      official({ communeCode: "75105", municipality: "Paris 5e" }),
      official({ municipality: "Lyon" }),
      official({ municipality: "Marseille" }),
    ];
    for (const input of signers) assert.equal((await signCampaign(campaign.slug, input)).kind, "accepted");
    await settleOutbox(campaign.id);
    for (const input of signers.slice(0, 3)) assert.equal((await confirmSignature(linksFor(input.email).confirm!)).kind, "confirmed");
    const before = await getBreakdowns(campaign.id);
    assert.deepEqual(
      before.byDepartement.map(({ key, name, count }) => [key, name, count]),
      [
        ["69", "Rhône", 1],
        ["75", "Paris", 1],
        ["93", "Seine-Saint-Denis", 1],
      ],
      "confirmed only: Marseille is still pending",
    );
    assert.deepEqual(
      before.byRegion.map(({ key, name, count }) => [key, name, count]),
      [
        ["11", "Île-de-France", 2],
        ["84", "Auvergne-Rhône-Alpes", 1],
      ],
    );
    assert.equal((await withdrawSignature(linksFor(signers[0].email).withdraw!)).kind, "withdrawn");
    const counts = await rows<{ dimension: string; key: string; n: number }>(sql`
      select dimension, key, sum(confirmed)::int as n from tally_breakdowns
       where campaign_id = ${campaign.id} and dimension in ('departement', 'region')
       group by dimension, key having sum(confirmed) <> 0 order by dimension, key`);
    assert.deepEqual(
      counts.map(({ dimension, key, n }) => `${dimension} ${key}: ${n}`),
      ["departement 69: 1", "departement 75: 1", "region 11: 1", "region 84: 1"],
    );
  });

  test("invalidation, its undoing and the release of held signatures keep them exact", async () => {
    const { campaign, callers } = await setUpActors({ kind: "declaration", signerFields: DECLARATION });
    const editor = callers.editor;
    await addConfirmed(campaign.id, 3, { country: "FR", communeCode: "2A004", domain: "corse.example" });
    await addConfirmed(campaign.id, 2, { country: "FR", communeCode: "97411", domain: "reunion.example" });
    await assertCountersExact(campaign.id);
    const done = await invalidateSignaturesAs(editor, {
      campaignSlug: campaign.slug,
      emailDomain: "corse.example",
      expectedCount: "3",
      reason: "test",
    });
    assert.ok(done.ok && done.value.kind === "invalidated", JSON.stringify(done));
    const afterInvalidation = await assertCountersExact(campaign.id);
    assert.ok(!afterInvalidation.breakdowns.some(([dimension, key]) => dimension === "departement" && key === "2A"));
    assert.ok(done.value.kind === "invalidated");
    assert.equal((await undoInvalidationAs(editor, { campaignSlug: campaign.slug, invalidationId: done.value.invalidationId })).ok, true);
    await assertCountersExact(campaign.id);

    const [held] = await addPending(campaign.id, 1, { country: "FR", communeCode: "13055", domain: "held.example" });
    await rows(sql`update signatures set status = 'held', held_reason = 'velocity_client_burst', held_at = now() where id = ${held.id}`);
    await confirmSignature(held.confirm);
    const released = await releaseHeldSignaturesAs(editor, { campaignSlug: campaign.slug, signatureId: held.id, expectedCount: "1" });
    assert.ok(released.ok && released.value.kind === "done", JSON.stringify(released));
    const counters = await assertCountersExact(campaign.id);
    const byRegion = counters.breakdowns.filter(([dimension]) => dimension === "region").reduce((sum, [, , , n]) => sum + n, 0);
    assert.equal(byRegion, 6, "Corse 3, La Réunion 2, Provence-Alpes-Côte d'Azur 1");
  });
});

describe("paper signatures", () => {
  test("keep the code of a French signer's commune when its name is borne by one commune only", async () => {
    const campaign = await createTestCampaign({ kind: "declaration", signerFields: DECLARATION });
    const row = { fullName: "A", city: null, postcode: null, office: "mayor" as const, signedOn: null };
    const organizer = (await createUser("organizer", "paper"))!;
    await importPaperSignatures(
      organizer,
      { id: campaign.id, slug: campaign.slug },
      { sourceTitle: "Congress", description: "Paper", fileName: "a.csv" },
      [
        { ...row, line: 2, country: "FR", municipality: "Rennes" },
        { ...row, line: 3, country: "FR", municipality: "Saint-Denis" },
        { ...row, line: 4, country: "BE", municipality: "Namur" },
      ],
    );
    const stored = await rows<{ municipality: string; commune_code: string | null }>(sql`
      select municipality, commune_code from offline_signatures where campaign_id = ${campaign.id} order by line`);
    assert.deepEqual(
      stored.map((s) => s.commune_code),
      ["35238", null, null],
    );
  });
});
