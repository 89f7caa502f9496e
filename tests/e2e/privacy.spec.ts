import { expect, test } from "@playwright/test";
import { petitionSignature, signaturesUrl } from "./support/api";
import { uniqueEmail } from "./support/ids";
import { confirmLink, Mailbox } from "./support/mailbox";

// Email addresses never appear on a public page or in any public API, CSV, embed or image:
// sign and confirm as listed signers, then read every public response and look for them.

const PETITION = "un-commission-of-inquiry";
const DECLARATION = "mayors-declaration";

test("no public page, API, CSV, embed or image shows a signer's email address", async ({ request }) => {
  const signers = [
    { slug: PETITION, email: uniqueEmail("privacy-petition"), data: { comment: "I sign because of my family." } },
    {
      slug: DECLARATION,
      email: uniqueEmail("privacy-mayor"),
      data: { office: "mayor", municipality: "Sceaux" },
    },
  ];
  for (const signer of signers) {
    const response = await request.post(signaturesUrl(signer.slug), {
      data: petitionSignature(signer.email, { showName: true, fullName: "Privacy Signer", ...signer.data }),
    });
    expect(response.status()).toBe(202);
    const token = confirmLink(await new Mailbox(request, signer.email).waitForEmail()).split("/confirm/")[1];
    expect((await request.post("/api/v1/confirmations", { data: { token } })).status()).toBe(200);
  }

  const events = (await (await request.get("/api/v1/events")).json()) as { events?: { slug: string }[] } | { slug: string }[];
  const eventSlugs = (Array.isArray(events) ? events : (events.events ?? [])).map((event) => event.slug);
  expect(eventSlugs.length).toBeGreaterThan(0);

  const urls = [
    "/",
    "/api/v1",
    "/api/v1/campaigns",
    "/api/v1/events",
    "/api/v1/openapi.json",
    "/api/osdi/v1",
    "/api/osdi/v1/petitions",
    ...eventSlugs.flatMap((slug) => [`/events/${slug}`, `/api/v1/events/${slug}`]),
    ...[PETITION, DECLARATION].flatMap((slug) => [
      `/campaigns/${slug}`,
      `/campaigns/${slug}/signatories`,
      `/campaigns/${slug}/signatories?q=privacy`,
      `/api/v1/campaigns/${slug}`,
      `/api/v1/campaigns/${slug}/count`,
      `/api/v1/campaigns/${slug}/signatories.csv`,
      `/embed/campaigns/${slug}`,
    ]),
  ];
  // The preview images' addresses carry a build hash: read them from the pages that use them.
  for (const slug of [PETITION, DECLARATION]) {
    const page = await (await request.get(`/campaigns/${slug}`)).text();
    for (const match of page.matchAll(/<meta (?:property|name)="(?:og|twitter):image" content="([^"]+)"/g)) {
      urls.push(new URL(match[1].replaceAll("&amp;", "&")).pathname);
    }
  }
  expect(urls.filter((url) => url.includes("image")).length).toBeGreaterThanOrEqual(4);
  const petitions = (await (await request.get("/api/osdi/v1/petitions")).json()) as {
    _embedded: { "osdi:petitions": { _links: { self: { href: string } } }[] };
  };
  for (const petition of petitions._embedded["osdi:petitions"]) urls.push(new URL(petition._links.self.href).pathname);

  const forbidden = signers.flatMap(({ email }) => [email, email.split("@")[0]]);
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const body = (await response.body()).toString("utf8").toLowerCase();
    for (const secret of forbidden) expect(body.includes(secret.toLowerCase()), `${url} shows ${secret}`).toBe(false);
  }

  // The listed names are public, by the signers' choice, so the scan above had something to miss.
  const list = await (await request.get(`/campaigns/${PETITION}/signatories?q=privacy`)).text();
  expect(list).toContain("Privacy Signer");
});
