import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";
import { assertCountersExact, readCounters } from "./moderation-fixtures";

const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { anonymiseDueCampaigns } = await import("@/lib/privacy/anonymisation");
const { getTally } = await import("@/lib/tallies/queries");
const { listPublicSignatories } = await import("@/lib/signatory-list/queries");
const { signatureExportStream } = await import("@/lib/exports/signature-export");
const { createMailingAs, sendMailingAs } = await import("@/lib/mailings/commands");
const { invalidateSignaturesAs, setSignatureVisibilityAs } = await import("@/lib/moderation/commands");
const { updateCampaignAs } = await import("@/lib/campaigns/commands");
const { campaignForm, campaignWithTeam } = await import("./campaigns-support");
const { useCallers } = await import("./organizer-actors");

// Issue #13: retention_months after a campaign closes, its signers' personal data is anonymised;
// every count and breakdown stays exact, and a declaration may keep its public list.

useIntegrationLifecycle();
const callers = useCallers();

type Kind = "petition" | "declaration";
const FIELDS = { country: "required", city: "optional", postcode: "optional", office: "off", municipality: "off" } as const;
const DECLARATION_FIELDS = { ...FIELDS, office: "required", municipality: "required" } as const;

type Signer = { email: string; id: string };

async function signer(slug: string, campaignId: string, overrides: Record<string, unknown>, confirm = true): Promise<Signer> {
  const input = validSignature({ city: "Lyon", postcode: "69001", ...overrides });
  assert.deepEqual(await signCampaign(slug, input, { address: `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::7` }), {
    kind: "accepted",
  });
  await settleOutbox();
  if (confirm) assert.equal((await confirmSignature(linksFor(input.email).confirm!)).kind, "confirmed");
  const [row] = await rows<{ id: string }>(sql`select id from signatures where campaign_id = ${campaignId} and email = ${input.email}`);
  return { email: input.email, id: row.id };
}

/** A campaign of `kind` with listed and unlisted confirmed signers, a pending one, and repeat links; closed `monthsAgo`. */
async function closedCampaign(kind: Kind, { keepPublicList = false, monthsAgo = 7 } = {}) {
  const campaign = await campaignWithTeam(callers, { kind, keepPublicList, signerFields: kind === "declaration" ? DECLARATION_FIELDS : FIELDS });
  const official = kind === "declaration" ? { office: "mayor", municipality: "Villeurbanne" } : {};
  const listed = await signer(campaign.slug, campaign.id, {
    ...official,
    fullName: "Listed Person",
    showName: true,
    comment: "Bravo",
    optInUpdates: true,
  });
  const unlisted = await signer(campaign.slug, campaign.id, {
    ...official,
    fullName: "Unlisted Person",
    showName: false,
    comment: "Quiet",
    optInUpdates: true,
  });
  const pending = await signer(campaign.slug, campaign.id, { ...official, fullName: "Pending Person" }, false);
  // Someone re-entering a confirmed signer's address adds a withdrawal link (signature_withdrawal_tokens).
  assert.equal((await signCampaign(campaign.slug, validSignature({ ...official, email: unlisted.email }))).kind, "accepted");
  await settleOutbox();
  const withdrawLink = linksFor(unlisted.email).withdraw!;
  await rows(sql`update campaigns set status = 'closed', closed_at = now() - make_interval(months => ${monthsAgo}) where id = ${campaign.id}`);
  return { campaign, listed, unlisted, pending, withdrawLink };
}

type Row = Record<string, unknown>;
const signatureRows = (campaignId: string) =>
  rows<Row>(sql`select id, email, email_canonical, full_name, show_name, city, postcode, municipality, office, country, comment,
                       ip_hash, confirm_token_hash, confirm_expires_at, opt_in_updates, status
                  from signatures where campaign_id = ${campaignId} order by id`);

async function exportText(campaignId: string): Promise<string> {
  return new Response(signatureExportStream(campaignId, { includeInvalidated: true })).text();
}

describe("anonymising a campaign past its retention", () => {
  test("a petition: every personal column erased, counts and breakdowns identical, nothing can mail, export or match a row", async () => {
    const { campaign, listed, unlisted, pending, withdrawLink } = await closedCampaign("petition");
    const counters = await readCounters(campaign.id);
    const tally = await getTally(campaign.id);
    assert.equal(tally.online, 2);
    assert.equal((await exportText(campaign.id)).trim().split("\n").length, 4, "before: the header and three rows");

    const before = new Map((await signatureRows(campaign.id)).map((row) => [row.id, row]));
    assert.ok(
      before.get(listed.id)!.ip_hash && before.get(listed.id)!.comment === "Bravo" && before.get(listed.id)!.postcode,
      "before: there is something to erase",
    );

    await anonymiseDueCampaigns(1);

    assert.deepEqual(await readCounters(campaign.id), counters, "every counter unchanged");
    const { online, total } = await getTally(campaign.id);
    assert.deepEqual({ online, total }, { online: tally.online, total: tally.total });
    await assertCountersExact(campaign.id, "and still equal to a recount from the rows");
    const after = await signatureRows(campaign.id);
    assert.deepEqual(
      after.map((row) => row.id),
      [listed.id, unlisted.id].sort(),
      "the never-confirmed signature is deleted",
    );
    assert.ok(!after.some((row) => row.id === pending.id));
    for (const row of after) {
      assert.equal(row.email, "");
      assert.equal(row.email_canonical, `anonymised:${row.id}`);
      assert.equal(row.full_name, "");
      assert.equal(row.show_name, false);
      for (const column of ["city", "postcode", "municipality", "comment", "ip_hash", "confirm_token_hash", "confirm_expires_at"])
        assert.equal(row[column], null, column);
      assert.equal(row.opt_in_updates, false);
      assert.equal(row.country, "GB", "the country stays: breakdown material");
    }
    const [left] = await rows<{ links: number; emails: number; anonymised: boolean }>(sql`
      select (select count(*)::int from signature_withdrawal_tokens t join signatures s on s.id = t.signature_id where s.campaign_id = ${campaign.id}) as links,
             (select count(*)::int from email_outbox o join signatures s on s.id = o.signature_id where s.campaign_id = ${campaign.id}) as emails,
             (select anonymised_at is not null from campaigns where id = ${campaign.id}) as anonymised`);
    assert.deepEqual(left, { links: 0, emails: 0, anonymised: true });

    assert.equal((await listPublicSignatories(campaign.id, { search: "" })).signatories.length, 0, "nobody on the public list");
    assert.deepEqual((await exportText(campaign.id)).trim().split("\n").length, 1, "the export has its header and no rows");
    const draft = await createMailingAs(callers.owner, { campaignSlug: campaign.slug, subject: "News", body: "Our news." });
    assert.ok(draft.ok);
    assert.deepEqual(await sendMailingAs(callers.owner, { campaignSlug: campaign.slug, mailingId: draft.value.mailingId, previewChecked: true }), {
      ok: false,
      error: "invalid",
      fieldErrors: { form: "editor.mailings.errors.noRecipients" },
    });
    assert.deepEqual(await withdrawSignature(withdrawLink), { kind: "invalid" }, "no link reaches an anonymised row");
  });

  test("a declaration that keeps its public list keeps the names of those who chose to be listed, and nothing else", async () => {
    const { campaign, listed, unlisted } = await closedCampaign("declaration", { keepPublicList: true });
    // Both matched against the national register (issue #14): its name for them is theirs too. An
    // extract older than any other test's, so that it never governs their matching (same database).
    await rows(sql`update signatures set commune_code = '69266' where id in (${listed.id}::uuid, ${unlisted.id}::uuid)`);
    const [extract] = await rows<{ id: string }>(sql`
      insert into register_extracts (kind, extract_date, file_name, status) values ('mayors', '2001-01-01', 'rne.csv', 'complete') returning id`);
    await rows(sql`
      insert into register_matches (signature_id, extract_id, campaign_id, result, official_name, official_office, departement_code)
      select id, ${extract.id}, campaign_id, 'verified', full_name, 'mayor', '69' from signatures where id in (${listed.id}::uuid, ${unlisted.id}::uuid)`);
    const counters = await readCounters(campaign.id);
    await anonymiseDueCampaigns();
    const matches = await rows<{ signature_id: string; official_name: string | null; commune_code: string | null }>(sql`
      select m.signature_id, m.official_name, s.commune_code from register_matches m join signatures s on s.id = m.signature_id
       where m.extract_id = ${extract.id}`);
    const matchOf = (id: string) => matches.find((match) => match.signature_id === id);
    assert.deepEqual(matchOf(listed.id), { signature_id: listed.id, official_name: "Listed Person", commune_code: "69266" });
    await rows(sql`delete from register_extracts where id = ${extract.id}`);
    assert.deepEqual(matchOf(unlisted.id), { signature_id: unlisted.id, official_name: null, commune_code: null }, "the match stays, for the counts");
    assert.deepEqual(await readCounters(campaign.id), counters);
    const byId = new Map((await signatureRows(campaign.id)).map((row) => [row.id, row]));
    const kept = byId.get(listed.id)!;
    assert.deepEqual(
      [kept.full_name, kept.show_name, kept.city, kept.municipality, kept.office],
      ["Listed Person", true, "Lyon", "Villeurbanne", "mayor"],
    );
    assert.deepEqual([kept.email, kept.comment, kept.postcode, kept.ip_hash], ["", null, null, null]);
    const erased = byId.get(unlisted.id)!;
    assert.deepEqual([erased.full_name, erased.show_name, erased.city, erased.municipality, erased.office], ["", false, null, null, "mayor"]);
    const list = await listPublicSignatories(campaign.id, { search: "" });
    assert.deepEqual(
      list.signatories.map((signatory) => signatory.name),
      ["Listed Person"],
    );
  });

  test("a declaration that does not keep its list loses every name", async () => {
    const { campaign } = await closedCampaign("declaration");
    await anonymiseDueCampaigns();
    const names = (await signatureRows(campaign.id)).map((row) => row.full_name);
    assert.deepEqual(names, ["", ""]);
    assert.equal((await listPublicSignatories(campaign.id, { search: "" })).signatories.length, 0);
  });

  test("runs once, and not before the retention has run out", async () => {
    const early = await closedCampaign("petition", { monthsAgo: 5 });
    const due = await closedCampaign("petition", { monthsAgo: 7 });
    await anonymiseDueCampaigns();
    const [first] = await rows<{ at: string }>(sql`select anonymised_at::text as at from campaigns where id = ${due.campaign.id}`);
    await anonymiseDueCampaigns();
    const [second] = await rows<{ at: string }>(sql`select anonymised_at::text as at from campaigns where id = ${due.campaign.id}`);
    assert.equal(second.at, first.at, "anonymised once");
    const untouched = await signatureRows(early.campaign.id);
    assert.ok(
      untouched.every((row) => row.email !== ""),
      "a campaign closed five months ago (six kept) is untouched",
    );
  });

  test("two instances at once anonymise a campaign once, completely", async () => {
    const { campaign } = await closedCampaign("petition");
    const counters = await readCounters(campaign.id);
    await Promise.all([anonymiseDueCampaigns(1), anonymiseDueCampaigns(1), anonymiseDueCampaigns(1)]);
    await anonymiseDueCampaigns(1);
    assert.ok((await signatureRows(campaign.id)).every((row) => row.email === "" && row.full_name === ""));
    assert.deepEqual(await readCounters(campaign.id), counters);
  });
});

describe("after the erasure date", () => {
  test("moderation refuses every change, with a clear message", async () => {
    const { campaign, listed } = await closedCampaign("petition");
    const refused = { ok: false, error: "invalid", fieldErrors: { form: "organizer.moderation.errors.anonymised" } };
    // Due but not yet swept: already refused (the sweep may start any moment).
    assert.deepEqual(await setSignatureVisibilityAs(callers.owner, { campaignSlug: campaign.slug, signatureId: listed.id }, "hide-name"), refused);
    await anonymiseDueCampaigns();
    const counters = await readCounters(campaign.id);
    const invalidate = { campaignSlug: campaign.slug, emailDomain: "example.org", expectedCount: "2", reason: "a test" };
    assert.deepEqual(await invalidateSignaturesAs(callers.editor, invalidate), refused);
    assert.deepEqual(await readCounters(campaign.id), counters);
  });
});

describe("the retention settings", () => {
  const formFor = (campaign: { slug: string }, overrides: Record<string, string | undefined>) =>
    campaignForm({
      campaignSlug: campaign.slug,
      slug: campaign.slug,
      kind: "declaration",
      signerOffice: "required",
      signerMunicipality: "required",
      ...overrides,
    });

  test("owners set the months and whether a declaration keeps its list, audited; editors may not; bad values are refused", async () => {
    const campaign = await campaignWithTeam(callers, { kind: "declaration", status: "draft", signerFields: DECLARATION_FIELDS });
    const byEditor = await updateCampaignAs(callers.editor, formFor(campaign, { retentionMonths: "12" }));
    assert.deepEqual(byEditor, { ok: false, error: "invalid", fieldErrors: { retentionMonths: "editor.errors.retentionOwnersOnly" } });
    const editorOther = await updateCampaignAs(callers.editor, formFor(campaign, { title: "Edited by the editor" }));
    assert.ok(editorOther.ok, "an editor's form without them (disabled inputs are not sent) leaves them as they are");

    for (const months of ["0", "61", "six", "1.5"]) {
      const bad = await updateCampaignAs(callers.owner, formFor(campaign, { retentionMonths: months }));
      assert.ok(!bad.ok && bad.error === "invalid" && bad.fieldErrors.retentionMonths, `${months} is refused`);
    }
    const saved = await updateCampaignAs(callers.owner, formFor(campaign, { retentionMonths: "24", keepPublicList: "keep" }));
    assert.ok(saved.ok);
    assert.ok(saved.value.changed.includes("retentionMonths") && saved.value.changed.includes("keepPublicList"));
    const [row] = await rows<{ retention_months: number; keep_public_list: boolean; details: { changed: string[] } }>(sql`
      select c.retention_months, c.keep_public_list, a.details from campaigns c
        join audit_log a on a.campaign_id = c.id and a.action = 'campaign.update'
       where c.id = ${campaign.id} order by a.id desc limit 1`);
    assert.equal(row.retention_months, 24);
    assert.equal(row.keep_public_list, true);
    assert.ok(row.details.changed.includes("retentionMonths"));
  });

  test("once the data is erased, the settings can no longer change", async () => {
    const { campaign } = await closedCampaign("declaration");
    await anonymiseDueCampaigns();
    const refused = await updateCampaignAs(callers.owner, formFor(campaign, { retentionMonths: "60" }));
    assert.deepEqual(refused, { ok: false, error: "invalid", fieldErrors: { retentionMonths: "editor.errors.retentionErased" } });
  });
});
