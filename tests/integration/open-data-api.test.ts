import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { createTestCampaign, getDb, linksFor, rows, schema, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { buildOpenApiDocument, componentSchemas } = await import("@/lib/open-data/openapi");
const openData = await import("@/lib/open-data/schema");

// The route handlers, called as Next.js calls them, keyed by their OpenAPI path.
type Handler = (request: Request, context: { params: Promise<{ slug: string }> }) => Response | Promise<Response>;
const maps = await import("@/app/api/v1/campaigns/[slug]/maps/[file]/route");
const routes: Record<string, { GET: Handler; OPTIONS?: () => Response }> = {
  "/api/v1": await import("@/app/api/v1/route"),
  "/api/v1/openapi.json": await import("@/app/api/v1/openapi.json/route"),
  "/api/v1/campaigns": await import("@/app/api/v1/campaigns/route"),
  "/api/v1/campaigns/{slug}": await import("@/app/api/v1/campaigns/[slug]/route"),
  "/api/v1/campaigns/{slug}/count": await import("@/app/api/v1/campaigns/[slug]/count/route"),
  "/api/v1/campaigns/{slug}/integrity": await import("@/app/api/v1/campaigns/[slug]/integrity/route"),
  "/api/v1/campaigns/{slug}/signatories.csv": await import("@/app/api/v1/campaigns/[slug]/signatories.csv/route"),
  "/api/v1/campaigns/{slug}/snapshots": await import("@/app/api/v1/campaigns/[slug]/snapshots/route"),
  // The world map: {file} is the route's second parameter.
  "/api/v1/campaigns/{slug}/maps/{file}": {
    GET: async (request, { params }) => maps.GET(request, { params: Promise.resolve({ ...(await params), file: "world.svg" }) }),
    OPTIONS: maps.OPTIONS,
  },
  "/api/v1/events": await import("@/app/api/v1/events/route"),
  "/api/v1/events/{slug}": await import("@/app/api/v1/events/[slug]/route"),
  "/api/v1/proof-of-work/challenge": await import("@/app/api/v1/proof-of-work/challenge/route"),
  "/api/v1/communes": await import("@/app/api/v1/communes/route"),
};
const READS = ["/api/v1/campaigns", "/api/v1/campaigns/{slug}", "/api/v1/campaigns/{slug}/integrity", "/api/v1/events", "/api/v1/events/{slug}"];

useIntegrationLifecycle();

const SEEDED_EVENT = "paris-5th-district-conference-2017";
const DECLARATION_FIELDS = { country: "required", city: "off", postcode: "off", office: "required", municipality: "required" } as const;
const signerEmails: string[] = [];
const signerNames: string[] = [];
const bodies: { path: string; text: string }[] = [];

/** GETs `path` (an OpenAPI path) through its handler, with `{slug}` filled in; keeps every body. */
async function get(path: string, slug = "", headers: Record<string, string> = {}) {
  const url = `http://test${path.replace("{slug}", slug)}`;
  const response = await routes[path.split("?")[0]].GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) });
  const text = await response.text();
  bodies.push({ path, text });
  const isJson = response.headers.get("content-type")?.includes("json");
  return { response, text, json: text && isJson ? (JSON.parse(text) as unknown) : undefined };
}

async function campaignJson(slug: string) {
  const { response, json } = await get("/api/v1/campaigns/{slug}", slug);
  assert.equal(response.status, 200);
  return openData.campaignDetailSchema.parse(json);
}

/** Signs with the given overrides; returns the links of the confirmation email. */
async function sign(slug: string, campaignId: string, overrides: Record<string, unknown>) {
  const input = validSignature({ fullName: `Signer ${randomUUID().slice(0, 8)}`, ...overrides });
  signerEmails.push(input.email);
  signerNames.push(input.fullName);
  assert.deepEqual(await signCampaign(slug, input), { kind: "accepted" });
  await settleOutbox(campaignId);
  const links = linksFor(input.email);
  assert.ok(links.confirm && links.withdraw);
  return links as { confirm: string; withdraw: string };
}

async function confirm(token: string) {
  assert.equal((await confirmSignature(token)).kind, "confirmed");
}

/** Breakdowns are cached for a few seconds; waits for them to catch up. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 8_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const today = async () => (await rows<{ day: string }>(sql`select to_char(now() at time zone 'UTC', 'YYYY-MM-DD') as day`))[0].day;

describe("the open data API", () => {
  test("breakdowns count confirmed online signatures by country and day, and go down on withdrawal", async () => {
    const campaign = await createTestCampaign();
    const links = [
      await sign(campaign.slug, campaign.id, { country: "GB" }),
      await sign(campaign.slug, campaign.id, { country: "GB" }),
      await sign(campaign.slug, campaign.id, { country: "FR" }),
    ];
    await sign(campaign.slug, campaign.id, { country: "DE" }); // never confirmed: never counted
    for (const { confirm: token } of links) await confirm(token);

    const json = await campaignJson(campaign.slug);
    const day = await today();
    assert.equal(json.onlineSignatureCount, 3);
    assert.equal(json.signatureCount, 3);
    assert.deepEqual(json.breakdowns.byCountry, [
      { country: "GB", count: 2 },
      { country: "FR", count: 1 },
    ]);
    assert.deepEqual(json.breakdowns.byDay, [{ date: day, count: 3, total: 3 }]);
    assert.deepEqual(json.breakdowns.byOffice, [], "a petition asks no office");

    assert.equal((await withdrawSignature(links[0].withdraw)).kind, "withdrawn");
    assert.equal((await campaignJson(campaign.slug)).onlineSignatureCount, 2, "the count is read live");
    const after = await eventually(
      () => campaignJson(campaign.slug),
      (value) => value.breakdowns.byDay[0]?.count === 2,
    );
    assert.deepEqual(after.breakdowns.byCountry, [
      { country: "FR", count: 1 },
      { country: "GB", count: 1 },
    ]);
    assert.deepEqual(after.breakdowns.byDay, [{ date: day, count: 2, total: 2 }]);
  });

  test("a declaration breaks its signatures down by office", async () => {
    const campaign = await createTestCampaign({
      kind: "declaration",
      signerFields: DECLARATION_FIELDS,
    });
    const { confirm: token } = await sign(campaign.slug, campaign.id, { country: "FR", office: "mayor", municipality: "Lyon" });
    await confirm(token);
    const json = await campaignJson(campaign.slug);
    assert.equal(json.breakdowns.byOffice.length, 1);
    assert.equal(json.breakdowns.byOffice[0].count, 1);
  });

  test("the list holds public campaigns only, with their counts and no drafts or archived ones", async () => {
    const open = await createTestCampaign();
    const closed = await createTestCampaign({ status: "closed" });
    const draft = await createTestCampaign({ status: "draft" });
    const archived = await createTestCampaign({ status: "archived" });
    const { confirm: token } = await sign(open.slug, open.id, { country: "IT" });
    await confirm(token);

    const { response, json } = await get("/api/v1/campaigns");
    assert.equal(response.status, 200);
    const { campaigns } = openData.campaignListSchema.parse(json);
    const bySlug = new Map(campaigns.map((campaign) => [campaign.slug, campaign]));
    assert.equal(bySlug.get(open.slug)?.status, "open");
    assert.equal(bySlug.get(open.slug)?.signatureCount, 1);
    assert.equal(bySlug.get(closed.slug)?.status, "closed");
    assert.ok(!bySlug.has(draft.slug) && !bySlug.has(archived.slug));
    const declaration = bySlug.get("mayors-declaration");
    assert.equal(declaration?.offlineSignatureCount, 2000);
    assert.equal(declaration?.event?.slug, SEEDED_EVENT);

    for (const hidden of [draft, archived]) {
      assert.equal((await get("/api/v1/campaigns/{slug}", hidden.slug)).response.status, 404);
    }
  });

  test("events carry speakers, sources, calls to action and their public campaigns; the text only in the detail", async () => {
    const [{ id: eventId }] = await rows<{ id: string }>(sql`select id from events where slug = ${SEEDED_EVENT}`);
    const published = await createTestCampaign({ eventId });
    const draft = await createTestCampaign({ status: "draft", eventId });

    const list = openData.eventListSchema.parse((await get("/api/v1/events")).json);
    const listed = list.events.find((event) => event.slug === SEEDED_EVENT);
    assert.ok(listed && listed.speakers.length > 0 && listed.sources.length > 0 && listed.callsToAction.length > 0);
    assert.ok(
      listed.sources.every((source) => !("text" in source)),
      "the list leaves the source text out",
    );
    const slugs = listed.campaigns.map((campaign) => campaign.slug);
    assert.ok(slugs.includes("mayors-declaration") && slugs.includes(published.slug));
    assert.ok(!slugs.includes(draft.slug), "a draft built on the event is not listed");

    const detail = openData.eventDetailSchema.parse((await get("/api/v1/events/{slug}", SEEDED_EVENT)).json);
    assert.ok(detail.sources.every((source) => typeof source.text === "string" && source.text.length > 100));
    assert.deepEqual(detail.campaigns, listed.campaigns);
    assert.equal(detail.occurredOn, "2017-11-28");
  });

  test("an unknown or malformed slug is a JSON 404 a browser on another origin can read", async () => {
    for (const path of ["/api/v1/campaigns/{slug}", "/api/v1/events/{slug}"]) {
      for (const slug of ["no-such-thing", "Not A Slug!"]) {
        const { response, json } = await get(path, slug);
        assert.equal(response.status, 404, `${path} ${slug}`);
        assert.equal(response.headers.get("access-control-allow-origin"), "*");
        assert.equal(openData.errorSchema.parse(json).error, "not_found");
      }
    }
  });

  test("every read is open to any origin, cacheable, answers a preflight, and 304s a current ETag", async () => {
    const campaign = await createTestCampaign();
    const slugs: Record<string, string> = {
      "/api/v1/campaigns/{slug}": campaign.slug,
      "/api/v1/campaigns/{slug}/integrity": campaign.slug,
      "/api/v1/events/{slug}": SEEDED_EVENT,
    };
    for (const path of [...READS, "/api/v1", "/api/v1/openapi.json"]) {
      const first = await get(path, slugs[path]);
      assert.equal(first.response.status, 200, path);
      assert.equal(first.response.headers.get("access-control-allow-origin"), "*", path);
      assert.match(first.response.headers.get("cache-control") ?? "", /^public, max-age=\d+/, path);
      const etag = first.response.headers.get("etag");
      assert.match(etag ?? "", /^W\/".+"$/, path);

      const again = await get(path, slugs[path], { "If-None-Match": etag! });
      assert.equal(again.response.status, 304, path);
      assert.equal(again.text, "", path);
      assert.equal(again.response.headers.get("etag"), etag, path);

      const preflight = routes[path].OPTIONS!();
      assert.equal(preflight.status, 204, path);
      assert.equal(preflight.headers.get("access-control-allow-origin"), "*", path);
      assert.match(preflight.headers.get("access-control-allow-methods") ?? "", /\bGET\b/, path);
    }
    // Browsers must not reuse a campaign they have: a signer reads it right after confirming.
    const detail = await get("/api/v1/campaigns/{slug}", campaign.slug);
    assert.match(detail.response.headers.get("cache-control") ?? "", /max-age=0\b/);
    assert.doesNotMatch(detail.response.headers.get("cache-control") ?? "", /stale-while-revalidate/);
  });

  test("a confirmation changes the campaign's ETag at once", async () => {
    const campaign = await createTestCampaign();
    const before = await get("/api/v1/campaigns/{slug}", campaign.slug);
    await confirm((await sign(campaign.slug, campaign.id, { country: "ES" })).confirm);
    const after = await get("/api/v1/campaigns/{slug}", campaign.slug, { "If-None-Match": before.response.headers.get("etag")! });
    assert.equal(after.response.status, 200);
    assert.equal(openData.campaignDetailSchema.parse(after.json).onlineSignatureCount, 1);
  });

  test("the OpenAPI document matches what the endpoints return", async () => {
    // A campaign with every part filled: an event, an offline tally, and breakdowns by country,
    // office and day once someone confirms.
    const [{ id: eventId }] = await rows<{ id: string }>(sql`select id from events where slug = ${SEEDED_EVENT}`);
    const campaign = await createTestCampaign({ kind: "declaration", eventId, signerFields: DECLARATION_FIELDS });
    await getDb()
      .insert(schema.offlineTallies)
      .values({ campaignId: campaign.id, count: 12, description: "a dozen", sourceTitle: "A report", sourceDate: "2017-11-28" });
    await confirm((await sign(campaign.slug, campaign.id, { country: "FR", office: "mayor", municipality: "Paris" })).confirm);
    const served = (await get("/api/v1/openapi.json")).json as ReturnType<typeof buildOpenApiDocument>;
    assert.deepEqual(served, JSON.parse(JSON.stringify(buildOpenApiDocument())), "the route serves the generated document");
    assert.match(served.openapi, /^3\.1\./);
    const slugs: Record<string, string> = { campaigns: campaign.slug, events: SEEDED_EVENT };

    // One delivery pack and its PDF ({id}) need a pack: tests/integration/delivery-pack.test.ts reads them.
    const paths = Object.entries(served.paths).filter(([path, item]) => "get" in item && !path.includes("{id}"));
    assert.deepEqual(paths.map(([path]) => path).sort(), Object.keys(routes).sort(), "every GET path has a handler here");
    for (const [path, item] of paths) {
      const responses = (item as { get: { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> } }).get.responses;
      const slug = slugs[path.split("/")[3]] ?? "";
      const statuses: [string, string][] = [["200", slug]];
      if (path.includes("{slug}")) statuses.push(["404", "no-such-slug"]);
      // The commune search (issue #14) needs its query; without one it is a 400.
      const query = path === "/api/v1/communes" ? "?q=Saint-Denis" : "";
      if (query) statuses.push(["400", ""]);
      for (const [status, slugForStatus] of statuses) {
        const { response, json, text } = await get(status === "400" ? path : `${path}${query}`, slugForStatus);
        assert.equal(String(response.status), status, `${path} answers ${status}`);
        if (path.endsWith(".csv") && status === "200") {
          assert.ok(responses["200"]?.content?.["text/csv"], `${path} is documented as CSV`);
          assert.match(response.headers.get("content-type") ?? "", /^text\/csv/);
          assert.equal(text.replace(/^\ufeff/, "").split("\r\n")[0], "name,place,office,comment,verified,signed_on,register_extract");
          continue;
        }
        if (path.includes("/maps/") && status === "200") {
          assert.ok(responses["200"]?.content?.["image/svg+xml"], `${path} is documented as SVG`);
          assert.equal(response.headers.get("content-type"), "image/svg+xml; charset=utf-8");
          assert.match(text, /^<svg [^>]*role="img"/);
          assert.match(text, /fill="#081d58" data-code="FR"/, "France, the only country, has the top class");
          continue;
        }
        const ref = responses[status]?.content?.["application/json"]?.schema.$ref;
        if (path === "/api/v1/openapi.json") continue; // the document itself: checked above
        const name = ref?.replace("#/components/schemas/", "") as keyof typeof componentSchemas;
        assert.ok(name && name in served.components.schemas, `${path} ${status} refers to a component`);
        const result = (componentSchemas[name] as z.ZodType).safeParse(json);
        assert.ok(result.success, `${path} ${status} matches ${name}: ${result.error?.message}`);
      }
    }
  });

  test("the schemas are strict: an extra or a missing field fails", async () => {
    const campaign = await createTestCampaign();
    const { json } = await get("/api/v1/campaigns/{slug}", campaign.slug);
    const live = json as Record<string, unknown>;
    assert.ok(openData.campaignDetailSchema.safeParse(live).success);
    assert.ok(!openData.campaignDetailSchema.safeParse({ ...live, email: "someone@example.org" }).success);
    const { breakdowns: _dropped, ...missing } = live;
    assert.ok(!openData.campaignDetailSchema.safeParse(missing).success);
  });

  test("no answer carries a signer's email address or unlisted name", () => {
    assert.ok(signerEmails.length >= 5 && bodies.length > 20);
    for (const { path, text } of bodies) {
      for (const email of signerEmails) assert.ok(!text.includes(email), `${path} leaks ${email}`);
      for (const name of signerNames) assert.ok(!text.includes(name), `${path} leaks ${name}`);
      if (path !== "/api/v1/openapi.json") assert.doesNotMatch(text, /[\w.+-]+@[\w-]+\.[\w.-]+/, `${path} holds an address`);
    }
  });
});
