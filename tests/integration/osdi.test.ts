import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, linksFor, rows, schema, settleOutbox, useIntegrationLifecycle } from "./support";

const entryPoint = await import("@/app/api/osdi/v1/route");
const petitionsRoute = await import("@/app/api/osdi/v1/petitions/route");
const petitionRoute = await import("@/app/api/osdi/v1/petitions/[id]/route");
const helperRoute = await import("@/app/api/osdi/v1/petitions/[id]/signatures/helper/route");
const { confirmSignature } = await import("@/lib/signing/mutations");
const { getEnv } = await import("@/lib/env");

useIntegrationLifecycle();

const APP_URL = "http://petitions.test";
const OSDI = `${APP_URL}/api/osdi/v1`;
const APP_DIR = fileURLToPath(new URL("../../app", import.meta.url));

type Campaign = Awaited<ReturnType<typeof createTestCampaign>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read along deep paths (body._embedded[…][0].title); the assertions check the values
type Json = Record<string, any>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

/**
 * Finds the route handler that serves `href` the way the App Router does (a folder per segment,
 * `[param]` folders for the rest), so a link that leads nowhere fails here.
 */
async function routeFor(href: string, method: "GET" | "POST"): Promise<(request: Request) => Promise<Response>> {
  const url = new URL(href);
  assert.equal(url.origin, APP_URL, `${href} is on the public base URL`);
  let dir = APP_DIR;
  const params: Record<string, string> = {};
  for (const segment of url.pathname.split("/").filter(Boolean)) {
    const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const exact = folders.find((folder) => folder.name === segment);
    const dynamic = folders.find((folder) => /^\[\w+\]$/.test(folder.name));
    const folder = exact ?? dynamic;
    assert.ok(folder, `no route folder serves ${url.pathname}`);
    if (!exact) params[folder.name.slice(1, -1)] = decodeURIComponent(segment);
    dir = path.join(dir, folder.name);
  }
  const file = path.join(dir, "route.ts");
  assert.ok(existsSync(file), `${url.pathname} has a route handler`);
  const handler = ((await import(pathToFileURL(file).href)) as Partial<Record<string, Handler>>)[method];
  assert.equal(typeof handler, "function", `${url.pathname} answers ${method}`);
  return async (request) => handler!(request, { params: Promise.resolve(params) });
}

async function follow(href: string): Promise<Response> {
  return (await routeFor(href, "GET"))(new Request(href));
}

const bodyOf = async (response: Response): Promise<Json> => JSON.parse(await response.text());
const getPetitions = (query = "") => petitionsRoute.GET(new Request(`${OSDI}/petitions${query}`));
const getPetition = (id: string, query = "") =>
  petitionRoute.GET(new Request(`${OSDI}/petitions/${id}${query}`), { params: Promise.resolve({ id }) });

function postHelper(id: string, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`${OSDI}/petitions/${id}/signatures/helper`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return helperRoute.POST(request, { params: Promise.resolve({ id }) });
}

const uniqueEmail = () => `ada.${randomUUID().slice(0, 8)}@example.org`;

function osdiSignature(email: string, overrides: Json = {}, person: Json = {}) {
  return {
    person: {
      given_name: "Ada",
      family_name: "Lovelace",
      email_addresses: [{ address: email, primary: true }],
      postal_addresses: [{ locality: "London", country: "GB" }],
      ...person,
    },
    add_tags: ["volunteer"],
    "petitions_app:consent": true,
    ...overrides,
  };
}

const errorDescriptions = (body: Json) => body["osdi:error"].resource_status[0].error_descriptions as Json[];
const errorProperties = (body: Json) => errorDescriptions(body).flatMap((description) => description.properties);

const signaturesOf = (campaignId: string) =>
  rows<{
    id: string;
    status: string;
    email: string;
    full_name: string;
    country: string | null;
    city: string | null;
    office: string | null;
    municipality: string | null;
    show_name: boolean;
    opt_in_updates: boolean;
  }>(sql`select * from signatures where campaign_id = ${campaignId}`);
const outboxSize = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from email_outbox`))[0].n;

/** Runs `attempt`, then checks that no signature was stored for the campaign and no email queued. */
async function assertWritesNothing(campaign: Campaign, attempt: () => Promise<Response>): Promise<Response> {
  const before = await outboxSize();
  const response = await attempt();
  await settleOutbox();
  assert.equal((await signaturesOf(campaign.id)).length, 0, "no signature row");
  assert.equal(await outboxSize(), before, "no email queued");
  return response;
}

function assertHal(response: Response, status: number) {
  assert.equal(response.status, status);
  assert.equal(response.headers.get("content-type"), "application/hal+json");
}

describe("OSDI API entry point", () => {
  test("is HAL+JSON for any origin, and each of its links leads to a route handler", async () => {
    const response = await entryPoint.GET();
    assertHal(response, 200);
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    const aep = await bodyOf(response);
    assert.equal(aep.namespace, "petitions_app");
    assert.equal(aep.max_pagesize, 100);
    for (const field of ["motd", "vendor_name", "product_name", "osdi_version"]) assert.equal(typeof aep[field], "string", field);
    assert.deepEqual(aep._links.curies, [{ name: "osdi", href: "https://opensupporter.github.io/osdi-docs/{rel}", templated: true }]);
    assert.deepEqual(Object.keys(aep._links).sort(), ["curies", "osdi:petitions", "self"], "links only to what exists");

    assert.deepEqual(await bodyOf(await follow(aep._links.self.href)), aep);
    const collection = await bodyOf(await follow(aep._links["osdi:petitions"].href));
    assert.ok(collection.total_records >= 2, "the seeded campaigns are petitions");

    const [first] = collection._embedded["osdi:petitions"];
    const petition = await bodyOf(await follow(first._links.self.href));
    assert.deepEqual(petition.identifiers, first.identifiers);
    const helperHref: string = petition._links["osdi:record_signature_helper"].href;
    assert.equal(helperHref, `${first._links.self.href}/signatures/helper`);
    await routeFor(helperHref, "POST");
  });

  test("lists a petition's signatures only to an organizer API key: without one, 401 and no signer", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    assertHal(await postHelper(campaign.id, osdiSignature(email)), 202);
    await settleOutbox(campaign.id);
    assert.equal((await confirmSignature(linksFor(email).confirm!)).kind, "confirmed");
    const petition = await bodyOf(await getPetition(campaign.id));
    assert.equal(petition._links["osdi:signatures"], undefined, "a public resource does not advertise a keyed collection");
    const response = await follow(`${OSDI}/petitions/${campaign.id}/signatures`);
    assertHal(response, 401);
    const text = await response.text();
    assert.equal(JSON.parse(text)["osdi:error"].response_code, 401);
    assert.ok(!text.includes(email) && !text.includes("Lovelace"), "nothing about the signer");
  });
});

describe("OSDI petitions collection", () => {
  test("per_page=1 gives one page per public petition, and next and prev walk each of them once", async () => {
    const created = [await createTestCampaign(), await createTestCampaign(), await createTestCampaign({ status: "closed" })];
    const hidden = [await createTestCampaign({ status: "draft" }), await createTestCampaign({ status: "archived" })];
    const [{ n: publicCount }] = await rows<{ n: number }>(sql`select count(*)::int as n from campaigns where status in ('open', 'closed')`);

    const first = await bodyOf(await getPetitions("?per_page=1"));
    assert.equal(first.total_records, publicCount);
    assert.equal(first.total_pages, first.total_records);
    assert.equal(first.page, 1);
    assert.equal(first.per_page, 1);
    assert.equal(first._links.prev, undefined, "the first page has no prev");

    const seen: string[] = [];
    let page = first;
    let previousSelf: string | null = null;
    for (;;) {
      assert.equal(page._embedded["osdi:petitions"].length, 1);
      const [petition] = page._embedded["osdi:petitions"];
      assert.deepEqual(page._links["osdi:petitions"], [{ href: petition._links.self.href }]);
      seen.push(petition.identifiers[0]);
      if (previousSelf) assert.equal(page._links.prev.href, previousSelf, "prev leads back");
      if (!page._links.next) break;
      previousSelf = page._links.self.href;
      page = await bodyOf(await follow(page._links.next.href));
      assert.equal(page.page, seen.length + 1);
    }
    assert.equal(seen.length, first.total_pages, "as many pages as total_pages");
    assert.equal(new Set(seen).size, seen.length, "no petition twice");
    for (const campaign of created) assert.ok(seen.includes(`petitions_app:${campaign.id}`), "open and closed campaigns are listed");
    for (const campaign of hidden) assert.ok(!seen.includes(`petitions_app:${campaign.id}`), `a ${campaign.status} campaign is not`);

    const byTwo = await bodyOf(await getPetitions("?per_page=2"));
    assert.equal(byTwo.total_pages, Math.ceil(publicCount / 2));
    assert.equal(byTwo._embedded["osdi:petitions"].length, 2);
    assert.equal(byTwo._links.next.href, `${OSDI}/petitions?page=2&per_page=2`);

    const pastTheEnd = await getPetitions(`?page=${publicCount + 5}&per_page=1`);
    assertHal(pastTheEnd, 200);
    const empty = await bodyOf(pastTheEnd);
    assert.deepEqual(empty._embedded["osdi:petitions"], []);
    assert.equal(empty._links.next, undefined);
    assert.equal(empty._links.prev.href, `${OSDI}/petitions?page=${publicCount}&per_page=1`);
  });

  test("bad page parameters are refused with 400 and an OSDI error naming the parameter", async () => {
    for (const [query, property] of [
      ["?page=0", "page"],
      ["?page=-2", "page"],
      ["?page=two", "page"],
      ["?page=1.5", "page"],
      ["?per_page=0", "per_page"],
      ["?per_page=101", "per_page"],
      ["?per_page=", "per_page"],
    ]) {
      const response = await getPetitions(query);
      assertHal(response, 400);
      assert.equal(response.headers.get("access-control-allow-origin"), "*");
      const body = await bodyOf(response);
      assert.equal(body["osdi:error"].response_code, 400);
      assert.deepEqual(errorProperties(body), [property], query);
    }
  });
});

describe("OSDI petition", () => {
  test("carries the OSDI fields mapped from its campaign, counting offline tallies in total_signatures", async () => {
    const campaign = await createTestCampaign({
      title: "Tell the Council to act",
      summary: "A short summary.",
      statement: "We, the undersigned, ask the Council to act.",
      decisionMakers: ["UN Human Rights Council", "Mayor of Paris"],
    });
    await getDb()
      .insert(schema.offlineTallies)
      .values({ campaignId: campaign.id, count: 150, description: "150 paper signatures", sourceTitle: "A report" });

    const response = await getPetition(campaign.id);
    assertHal(response, 200);
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    const petition = await bodyOf(response);
    const self = `${OSDI}/petitions/${campaign.id}`;
    assert.deepEqual(
      { ...petition, modified_date: undefined },
      {
        identifiers: [`petitions_app:${campaign.id}`],
        origin_system: "Petitions",
        created_date: campaign.createdAt.toISOString(),
        modified_date: undefined,
        title: "Tell the Council to act",
        description: "A short summary.",
        summary: "A short summary.",
        petition_text: "We, the undersigned, ask the Council to act.",
        target: [{ name: "UN Human Rights Council" }, { name: "Mayor of Paris" }],
        total_signatures: 150,
        browser_url: `${APP_URL}/campaigns/${campaign.slug}`,
        "petitions_app:status": "open",
        "petitions_app:online_signatures": 0,
        "petitions_app:offline_signatures": 150,
        "petitions_app:language": "en",
        "petitions_app:original_language": "en",
        "petitions_app:is_translation": false,
        "petitions_app:translation_outdated": false,
        "petitions_app:languages": ["en"],
        _links: {
          curies: [{ name: "osdi", href: "https://opensupporter.github.io/osdi-docs/{rel}", templated: true }],
          self: { href: self },
          "osdi:record_signature_helper": { href: `${self}/signatures/helper` },
        },
      },
    );
    assert.ok(Date.parse(petition.modified_date) >= campaign.createdAt.getTime(), "modified_date is a date, not before creation");

    const upperCase = await bodyOf(await getPetition(campaign.id.toUpperCase()));
    assert.equal(upperCase._links.self.href, self, "links carry the id as issued, whatever its case in the request");
  });

  test("reads in the original's language, or with ?lang= in a translation where there is one", async () => {
    const campaign = await createTestCampaign({ title: "Déclaration des élus", language: "fr", statement: "Nous demandons une enquête." });
    await getDb()
      .insert(schema.campaignTranslations)
      .values({
        campaignId: campaign.id,
        language: "en",
        title: "Officials' declaration",
        summary: "A summary.",
        statement: "We ask for an inquiry.",
        decisionMakers: ["The UN"],
        sourceRevision: 1,
      });
    const original = await bodyOf(await getPetition(campaign.id));
    assert.equal(original.title, "Déclaration des élus");
    assert.equal(original.browser_url, `${APP_URL}/fr/campaigns/${campaign.slug}`);
    assert.deepEqual(original["petitions_app:languages"], ["fr", "en"]);

    const english = await bodyOf(await getPetition(campaign.id, "?lang=en"));
    assert.deepEqual(
      [english.title, english.petition_text, english.target, english.browser_url, english._links.self.href],
      [
        "Officials' declaration",
        "We ask for an inquiry.",
        [{ name: "The UN" }],
        `${APP_URL}/campaigns/${campaign.slug}`,
        `${OSDI}/petitions/${campaign.id}?lang=en`,
      ],
    );
    assert.deepEqual([english["petitions_app:language"], english["petitions_app:is_translation"]], ["en", true]);
    // Persian has no translation: the original, saying so.
    const persian = await bodyOf(await getPetition(campaign.id, "?lang=fa"));
    assert.deepEqual(
      [persian.title, persian["petitions_app:language"], persian["petitions_app:is_translation"]],
      ["Déclaration des élus", "fr", false],
    );

    // The collection reads each petition as the single read does (other suites' campaigns come first).
    const collection = await bodyOf(await getPetitions("?lang=fa&per_page=5"));
    assert.match(collection._links.self?.href ?? collection._links.next.href, /lang=fa/);
    for (const listed of collection._embedded["osdi:petitions"]) {
      const single = await bodyOf(await getPetition(listed.identifiers[0].split(":")[1], "?lang=fa"));
      assert.deepEqual({ ...listed, modified_date: undefined }, { ...single, modified_date: undefined, _links: listed._links });
      assert.match(listed._links.self.href, /\?lang=fa$/);
    }
    for (const response of [await getPetition(campaign.id, "?lang=de"), await getPetitions("?lang=")]) {
      assertHal(response, 400);
      assert.deepEqual(
        errorDescriptions(await bodyOf(response)).map((error: Json) => error.error_code),
        ["INVALID_LANGUAGE"],
      );
    }
  });

  test("a closed campaign is still a public petition, marked closed", async () => {
    const campaign = await createTestCampaign({ status: "closed" });
    const petition = await bodyOf(await getPetition(campaign.id));
    assert.equal(petition["petitions_app:status"], "closed");
  });

  test("unknown, draft, archived and malformed ids are 404 to reads and to the helper", async () => {
    const draft = await createTestCampaign({ status: "draft" });
    const archived = await createTestCampaign({ status: "archived" });
    for (const id of [randomUUID(), draft.id, archived.id, "not-a-uuid", draft.slug]) {
      const read = await getPetition(id);
      assertHal(read, 404);
      assert.equal(read.headers.get("access-control-allow-origin"), "*");
      assert.equal(errorDescriptions(await bodyOf(read))[0].error_code, "NOT_FOUND");
      assertHal(await postHelper(id, osdiSignature(uniqueEmail())), 404);
    }
    assert.equal((await signaturesOf(draft.id)).length, 0, "nothing signed on a draft");
  });
});

describe("OSDI record signature helper", () => {
  test("records a pending signature whose email confirms it, and only then total_signatures goes up", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    const response = await postHelper(campaign.id, osdiSignature(email, { comments: "For my grandmother." }));
    assertHal(response, 202);
    const text = await response.text();
    const [row] = await signaturesOf(campaign.id);
    assert.deepEqual(JSON.parse(text), {
      origin_system: "Petitions",
      "petitions_app:status": "pending_confirmation",
      "petitions_app:message": "Thank you. We have sent you an email: open the link in it to confirm your signature. It is counted once you confirm.",
      _links: {
        curies: [{ name: "osdi", href: "https://opensupporter.github.io/osdi-docs/{rel}", templated: true }],
        "osdi:petition": { href: `${OSDI}/petitions/${campaign.id}` },
      },
    });
    assert.ok(!text.includes(row.id), "the answer does not reveal the signature's id");

    assert.equal(row.status, "pending");
    assert.equal(row.email, email);
    assert.equal(row.full_name, "Ada Lovelace");
    assert.equal(row.country, "GB");
    assert.equal(row.city, "London");
    assert.equal(row.opt_in_updates, false);
    assert.equal(row.show_name, false);
    assert.equal((await bodyOf(await getPetition(campaign.id))).total_signatures, 0, "a pending signature is not counted");

    await settleOutbox(campaign.id);
    const { confirm } = linksFor(email);
    assert.ok(confirm, "the confirmation email reached the signer");
    assert.equal((await confirmSignature(confirm)).kind, "confirmed");
    const petition = await bodyOf(await getPetition(campaign.id));
    assert.equal(petition.total_signatures, 1);
    assert.equal(petition["petitions_app:online_signatures"], 1);
  });

  // Without "petitions_app:consent" the signature is accepted without consent, which its owner gives
  // on the confirmation page: tests/integration/consent.test.ts (issue #13).

  test("a repeat signer gets a byte-identical answer to a first signer's", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    const answers = [];
    for (const address of [email, email, uniqueEmail()]) {
      const response = await postHelper(campaign.id, osdiSignature(address));
      answers.push({
        status: response.status,
        type: response.headers.get("content-type"),
        cache: response.headers.get("cache-control"),
        text: await response.text(),
      });
    }
    assert.equal(answers[0].status, 202);
    assert.deepEqual(answers[1], answers[0], "the repeat signer's answer");
    assert.deepEqual(answers[2], answers[0], "another new signer's answer");
    assert.equal((await signaturesOf(campaign.id)).filter((row) => row.email === email).length, 1, "one signature per address");
    await settleOutbox(campaign.id);
  });

  test("an invalid country is refused with the OSDI property at fault", async () => {
    const campaign = await createTestCampaign();
    const first = await assertWritesNothing(campaign, () =>
      postHelper(campaign.id, osdiSignature(uniqueEmail(), {}, { postal_addresses: [{ locality: "London", country: "XX" }] })),
    );
    assertHal(first, 400);
    const body = await bodyOf(first);
    assert.deepEqual(errorProperties(body), ["person.postal_addresses[0].country"]);
    assert.equal(errorDescriptions(body)[0].error_code, "INVALID_COUNTRY");

    const primary = await bodyOf(
      await postHelper(
        campaign.id,
        osdiSignature(uniqueEmail(), {}, { postal_addresses: [{ country: "GB" }, { country: "United Kingdom", primary: true }] }),
      ),
    );
    assert.deepEqual(errorProperties(primary), ["person.postal_addresses[1].country"], "the primary address is the one read");
  });

  test("a declaration takes office and municipality from person.custom_fields", async () => {
    const campaign = await createTestCampaign({
      kind: "declaration",
      signerFields: { country: "required", city: "off", postcode: "off", office: "required", municipality: "required" },
    });
    const refused = await bodyOf(
      await postHelper(campaign.id, osdiSignature(uniqueEmail(), {}, { custom_fields: { office: "Mayor", municipality: "Paris 5e" } })),
    );
    assert.deepEqual(errorProperties(refused), ["person.custom_fields.office"]);

    const accepted = await postHelper(
      campaign.id,
      osdiSignature(uniqueEmail(), {}, { custom_fields: { office: "mayor", municipality: "Paris 5e" } }),
    );
    assertHal(accepted, 202);
    const [row] = await signaturesOf(campaign.id);
    assert.equal(row.office, "mayor");
    assert.equal(row.municipality, "Paris 5e");
    assert.equal(row.city, null, "a field the declaration does not ask for is not stored");
    await settleOutbox(campaign.id);
  });

  test("a closed petition answers 409 and writes nothing", async () => {
    const campaign = await createTestCampaign({ status: "closed" });
    const response = await assertWritesNothing(campaign, () => postHelper(campaign.id, osdiSignature(uniqueEmail())));
    assertHal(response, 409);
    assert.equal(errorDescriptions(await bodyOf(response))[0].error_code, "PETITION_CLOSED");
  });

  test("a body that is not JSON is refused (415, 413, 400); HAL+JSON is JSON", async () => {
    const campaign = await createTestCampaign();
    const valid = osdiSignature(uniqueEmail());
    const cases: [string, Record<string, string>, unknown, number, string][] = [
      ["plain text", { "Content-Type": "text/plain" }, valid, 415, "UNSUPPORTED_MEDIA_TYPE"],
      ["a form post", { "Content-Type": "application/x-www-form-urlencoded" }, "a=b", 415, "UNSUPPORTED_MEDIA_TYPE"],
      ["17 KiB", {}, { ...valid, comments: "x".repeat(17_000) }, 413, "REQUEST_TOO_LARGE"],
      ["broken JSON", {}, '{"person":', 400, "INVALID_JSON"],
    ];
    for (const [label, headers, body, status, code] of cases) {
      const response = await assertWritesNothing(campaign, () => postHelper(campaign.id, body, headers));
      assertHal(response, status);
      assert.equal(errorDescriptions(await bodyOf(response))[0].error_code, code, label);
    }
    assertHal(await postHelper(campaign.id, valid, { "Content-Type": "application/hal+json; charset=utf-8" }), 202);
    await settleOutbox(campaign.id);
  });

  test("past the per-address rate limit it answers 429 with Retry-After and writes nothing", async () => {
    const limit = getEnv().RATE_LIMIT_SIGN_PER_MINUTE;
    assert.ok(limit > 0);
    const campaign = await createTestCampaign();
    // A client of its own: requests without a readable address share one bucket (issue #13).
    const hextet = () => randomBytes(2).toString("hex");
    const headers = { "X-Forwarded-For": `203.0.113.9, 2001:db8:${hextet()}:${hextet()}::9` };
    // Refused attempts (here, with a country that is not a code) count too. A minute boundary may
    // reset the count once, so allow up to two windows' worth before expecting the refusal.
    let refused: Response | undefined;
    for (let i = 0; i <= 2 * limit + 1 && !refused; i++) {
      const response = await postHelper(
        campaign.id,
        osdiSignature(uniqueEmail(), {}, { postal_addresses: [{ country: "United Kingdom" }] }),
        headers,
      );
      if (response.status === 429) refused = response;
      else assert.equal(response.status, 400);
    }
    assert.ok(refused, "the limit was reached");
    assertHal(refused, 429);
    assert.ok(Number(refused.headers.get("retry-after")) >= 1);
    assert.equal(errorDescriptions(await bodyOf(refused))[0].error_code, "RATE_LIMITED");
    assert.equal((await signaturesOf(campaign.id)).length, 0);
  });
});

describe("OSDI privacy", () => {
  test("no GET response carries an email address, even of a confirmed, publicly listed signer", async () => {
    const campaign = await createTestCampaign();
    const email = uniqueEmail();
    assertHal(await postHelper(campaign.id, osdiSignature(email, { "petitions_app:show_name": true })), 202);
    await settleOutbox(campaign.id);
    assert.equal((await confirmSignature(linksFor(email).confirm!)).kind, "confirmed");

    const aep = await bodyOf(await entryPoint.GET());
    const hrefs = [aep._links.self.href, `${OSDI}/petitions?per_page=100`, `${OSDI}/petitions/${campaign.id}`];
    for (let page = 2; page <= (await bodyOf(await getPetitions("?per_page=100"))).total_pages; page++) {
      hrefs.push(`${OSDI}/petitions?page=${page}&per_page=100`);
    }
    for (const href of hrefs) {
      const text = await (await follow(href)).text();
      assert.ok(!text.includes(email), `${href} does not carry the signer's address`);
      assert.doesNotMatch(text, /[^\s"@]+@[^\s"@]+\.[a-z]{2,}/i, `${href} carries no email address at all`);
    }
    assert.equal((await bodyOf(await getPetition(campaign.id))).total_signatures, 1, "the signature was counted");
  });
});
