import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { generatedOfficial, registerFile, type GeneratedOfficial } from "../fixtures/register-file";
import { createTestCampaign, getDb, insertSignature, rows, useIntegrationLifecycle } from "./support";

const { importRegisterUploadAs, decideRegisterMatchAs } = await import("@/lib/register/commands");
const { getRegisterCounts, listCampaignMatches } = await import("@/lib/register/queries");
const { listPublicSignatories } = await import("@/lib/signatory-list/queries");
const { MAX_REGISTER_FILE_BYTES } = await import("@/lib/register/schema");
const { createUser } = await import("./organizer-actors");

useIntegrationLifecycle();

// The register of elected officials (issue #14): a generated extract in the official layout is
// streamed in, signatures of officials are matched (accents, homonyms, an office that differs),
// a later extract without one of them flags them as having left office, and a malformed or
// over-size file leaves nothing behind.

const PARIS_5 = "75105";
const LYON = "69123";

const first: GeneratedOfficial[] = [
  { departement: "75", commune: PARIS_5, surname: "LEFÈVRE", firstName: "Hélène", fonction: "Maire" },
  { departement: "75", commune: PARIS_5, surname: "DUPONT", firstName: "Jean", fonction: "" },
  { departement: "75", commune: PARIS_5, surname: "DUPONT", firstName: "Jean", fonction: "Premier adjoint au maire" },
  { departement: "69", commune: LYON, surname: "MARTIN", firstName: "Paul", fonction: "Maire" },
  { departement: "69", commune: LYON, surname: "DE LA FONTAINE", firstName: "Anne", fonction: "" },
];

function upload(file: string, fields: Record<string, string> = { kind: "municipal-councillors", extractDate: "2026-03-31" }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set("file", new Blob([file]), "elus-municipaux-cm.csv");
  const request = new Request("http://test/api/admin/register/extracts", { method: "POST", body: form });
  return { contentType: request.headers.get("content-type"), contentLength: null, body: request.body };
}

let admin: Awaited<ReturnType<typeof createUser>>;
let campaign: Awaited<ReturnType<typeof createTestCampaign>>;
const signed: Record<string, string> = {};

before(async () => {
  admin = await createUser("admin", "register-admin");
  campaign = await createTestCampaign({ kind: "declaration" });
  const sign = async (key: string, fullName: string, office: string, communeCode: string) => {
    const row = await insertSignature({ campaignId: campaign.id, fullName, office, communeCode, showName: true, municipality: communeCode });
    signed[key] = row.id;
  };
  await sign("mayor", "Helene Lefevre", "mayor", PARIS_5);
  await sign("homonym", "Jean Dupont", "deputy-mayor", PARIS_5);
  await sign("particle", "Anne de la Fontaine", "municipal-councillor", LYON);
  await sign("officeDiffers", "Paul Martin", "municipal-councillor", LYON);
  await sign("stranger", "Nobody Known", "mayor", LYON);
});

const resultOf = async (key: string) => (await listCampaignMatches(campaign.id)).find((match) => match.signatureId === signed[key]);

describe("importing and matching", () => {
  test("only an admin may upload, and the file is not read for anyone else", async () => {
    const organizer = await createUser("organizer", "register-organizer");
    const refused = await importRegisterUploadAs(organizer, upload(registerFile(first)));
    assert.deepEqual(refused, { ok: false, error: "not-found" });
    assert.deepEqual(await importRegisterUploadAs(null, upload(registerFile(first))), { ok: false, error: "unauthenticated" });
  });

  test("an extract is imported, its birth dates are not kept, and signatures are matched", async () => {
    const result = await importRegisterUploadAs(admin, upload(registerFile(first, { bom: true })));
    assert.equal(result.ok && result.value.imported, true);
    const [extract] = await rows<{ status: string; rows_imported: number }>(
      sql`select status, rows_imported from register_extracts where id = ${result.ok && result.value.extractId}`,
    );
    assert.deepEqual(extract, { status: "complete", rows_imported: 5 });
    const columns = await rows<{ column_name: string }>(
      sql`select column_name from information_schema.columns where table_name = 'register_officials'`,
    );
    assert.ok(!columns.some(({ column_name }) => /birth|naissance|sex|nationality/.test(column_name)));

    assert.equal((await resultOf("mayor"))?.result, "verified");
    assert.equal((await resultOf("homonym"))?.result, "verified", "the deputy mayor among two Jean Duponts");
    assert.equal((await resultOf("particle"))?.result, "verified");
    const differs = await resultOf("officeDiffers");
    assert.equal(differs?.result, "review");
    assert.equal(differs?.difference, "office");
    assert.equal((await resultOf("stranger"))?.result, "not-found");
  });

  test("a match confirmed after review counts, and the public list carries the register's mark", async () => {
    const editor = await createUser("organizer", "register-editor");
    await getDb().execute(sql`insert into campaign_members (campaign_id, user_id, role) values (${campaign.id}, ${editor.id}, 'editor')`);
    const viewer = await createUser("organizer", "register-viewer");
    await getDb().execute(sql`insert into campaign_members (campaign_id, user_id, role) values (${campaign.id}, ${viewer.id}, 'viewer')`);
    const input = { campaignSlug: campaign.slug, signatureId: signed.officeDiffers, decision: "confirmed" };
    assert.deepEqual(await decideRegisterMatchAs(viewer, input), { ok: false, error: "forbidden" });
    assert.equal((await decideRegisterMatchAs(editor, input)).ok, true);
    const [audit] = await rows<{ action: string }>(sql`select action from audit_log where campaign_id = ${campaign.id} and action like 'register.%'`);
    assert.equal(audit.action, "register.confirm");

    // Each département with its name from the list of communes, not its code alone.
    const counts = await getRegisterCounts(campaign.id);
    assert.deepEqual(counts, {
      extractDate: "2026-03-31",
      byDepartement: [
        { departement: "69", name: "Rhône", mayors: 1, councillors: 1 },
        { departement: "75", name: "Paris", mayors: 1, councillors: 1 },
      ],
    });
    const list = await listPublicSignatories(campaign.id, { search: "" });
    const marked = Object.fromEntries(list.signatories.map((s) => [s.name, s.registerExtract]));
    assert.equal(marked["Helene Lefevre"], "2026-03-31");
    assert.equal(marked["Paul Martin"], "2026-03-31");
    assert.equal(marked["Nobody Known"], null);
  });

  test("an official absent from the next extract is flagged as having left office, not kept verified", async () => {
    const second = first.filter((official) => official.surname !== "LEFÈVRE");
    const result = await importRegisterUploadAs(
      admin,
      upload(registerFile(second, { separator: "\t" }), { kind: "municipal-councillors", extractDate: "2026-06-30" }),
    );
    assert.equal(result.ok && result.value.imported, true);
    assert.equal((await resultOf("mayor"))?.result, "left-office");
    assert.equal((await resultOf("homonym"))?.result, "verified");
    const kept = await resultOf("officeDiffers");
    assert.equal(kept?.decision, "confirmed", "the team's answer holds while the register shows the same difference");
    const list = await listPublicSignatories(campaign.id, { search: "" });
    assert.equal(list.signatories.find((s) => s.name === "Helene Lefevre")?.registerExtract, null);
    assert.equal(list.signatories.find((s) => s.name === "Jean Dupont")?.registerExtract, "2026-06-30");
  });

  test("a malformed file is refused whole: nothing kept, the extract failed and never current", async () => {
    const good = registerFile(first);
    const broken = `${good}75;Paris;;;75105;Paris 5e;ONLY;a few;columns\r\n`;
    const result = await importRegisterUploadAs(admin, upload(broken, { kind: "municipal-councillors", extractDate: "2026-09-30" }));
    assert.equal(result.ok && result.value.imported, false);
    const extractId = result.ok ? result.value.extractId : "";
    const [extract] = await rows<{ status: string; error: { key: string; values: { line: number } } }>(
      sql`select status, error from register_extracts where id = ${extractId}`,
    );
    assert.equal(extract.status, "failed");
    assert.deepEqual(extract.error, { key: "row.columns", values: { line: 7 } });
    const [{ count }] = await rows<{ count: number }>(sql`select count(*)::int as count from register_officials where extract_id = ${extractId}`);
    assert.equal(count, 0);
    assert.equal((await resultOf("homonym"))?.extractDate, "2026-06-30");

    const header = await importRegisterUploadAs(admin, upload("Nom;Prénom\nDupont;Jean\n"));
    const [headerExtract] = await rows<{ error: { key: string } }>(
      sql`select error from register_extracts where id = ${header.ok && header.value.extractId}`,
    );
    assert.equal(headerExtract.error.key, "header");
  });

  test("a line found wrong after thousands of officials were already sent keeps none of them", async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => generatedOfficial(i));
    const broken = `${registerFile(many)}01;Ain;;;01001;X;ONLY;a few;columns\r\n${registerFile(many.slice(0, 10)).split("\r\n").slice(1).join("\r\n")}`;
    const result = await importRegisterUploadAs(admin, upload(broken, { kind: "municipal-councillors", extractDate: "2026-10-31" }));
    assert.equal(result.ok && result.value.imported, false);
    assert.equal(result.ok && !result.value.imported && result.value.reason, 'register.importErrors.row.columns?{"line":12002}');
    const [{ count }] = await rows<{ count: number }>(
      sql`select count(*)::int as count from register_officials where extract_id = ${result.ok ? result.value.extractId : ""}`,
    );
    assert.equal(count, 0);
    assert.equal((await resultOf("homonym"))?.extractDate, "2026-06-30", "the previous extract still governs");
  });

  test("a file over the size limit is refused before it is read, with a clear message", async () => {
    const request = upload("x");
    const result = await importRegisterUploadAs(admin, { ...request, contentLength: MAX_REGISTER_FILE_BYTES + 1_000_000 });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error === "invalid" && result.fieldErrors.file, `register.errors.tooLarge?{"max":200}`);
  });

  test("a form without an extract date takes it from the file's name, and refuses a future one", async () => {
    const future = await importRegisterUploadAs(admin, upload(registerFile(first), { kind: "mayors", extractDate: "2999-01-01" }));
    assert.equal(!future.ok && future.error === "invalid" && future.fieldErrors.extractDate, "register.errors.futureDate");
  });
});
