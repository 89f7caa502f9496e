import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseFormDate, toFormDate } from "@/lib/campaigns/form-dates";
import { campaignFormDefaults, newCampaignDefaults, suggestSlug } from "@/lib/campaigns/form-defaults";
import { buildCreateCampaignSchema, buildEditCampaignSchema } from "@/lib/campaigns/schema";
import { type RootTranslator, translateMessage } from "@/lib/i18n/message-key";
import { createTranslator } from "use-intl/core";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { campaignFormFields as form } from "../fixtures/campaign-form";

const NOW = new Date("2026-03-01T12:00:00Z");

// The schema's messages are catalog keys (issue #12): read here as an English reader sees them.
const english = createTranslator({ locale: "en", messages: CATALOGS.en as never, timeZone: "UTC" }) as unknown as RootTranslator;
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), translateMessage(english, issue.message)]));

describe("campaign form dates, read as UTC", () => {
  test("a date and time, or a date alone: the start of the day when opening, its end when closing", () => {
    assert.equal(parseFormDate("2026-05-01T18:30", "start")?.toISOString(), "2026-05-01T18:30:00.000Z");
    assert.equal(parseFormDate("2026-05-01", "start")?.toISOString(), "2026-05-01T00:00:00.000Z");
    assert.equal(parseFormDate("2026-05-01", "end")?.toISOString(), "2026-05-02T00:00:00.000Z");
  });

  test("dates that do not exist and other text are refused", () => {
    for (const value of ["2026-02-30", "2026-13-01", "2026-05-01T24:00", "1 May 2026", ""]) assert.equal(parseFormDate(value, "start"), null, value);
  });

  test("a stored date goes back into the form as it came out", () => {
    const date = parseFormDate("2026-05-01T18:30", "end")!;
    assert.equal(toFormDate(date), "2026-05-01T18:30");
    assert.equal(toFormDate(null), "");
  });
});

describe("the campaign form's schema (browser and server)", () => {
  const create = buildCreateCampaignSchema({ now: () => NOW });

  test("a blank draft needs only a title, an address, a kind and a goal", () => {
    const result = create.safeParse(form());
    assert.ok(result.success, JSON.stringify(errorsOf(result)));
    assert.deepEqual(result.data.decisionMakers, []);
    assert.equal(result.data.eventSlug, null);
    assert.equal(result.data.listNamesPublicly, true);
  });

  test("decision makers are one per line, blank lines dropped", () => {
    const result = create.safeParse(form({ decisionMakers: " UN Human Rights Council \r\n\r\nUN Security Council\n" }));
    assert.deepEqual(result.data?.decisionMakers, ["UN Human Rights Council", "UN Security Council"]);
  });

  test("closing dates: in the past, before the opening date", () => {
    assert.match(errorsOf(create.safeParse(form({ closesAt: "2026-03-01T11:59" }))).closesAt, /in the past/);
    assert.match(errorsOf(create.safeParse(form({ opensAt: "2026-06-01", closesAt: "2026-05-01" }))).closesAt, /after the opening date/);
    assert.ok(
      create.safeParse(form({ opensAt: "2026-05-01", closesAt: "2026-05-01" })).success,
      "a one-day campaign: the date alone closes at the day's end",
    );
  });

  test("editing may keep a closing date that has passed, but not set a new past one", () => {
    const kept = new Date("2026-02-01T10:00:00Z");
    const edit = buildEditCampaignSchema({ now: () => NOW, keepClosesAt: kept });
    assert.ok(edit.safeParse(form({ campaignSlug: "free-the-prisoners", closesAt: "2026-02-01T10:00" })).success);
    assert.match(errorsOf(edit.safeParse(form({ campaignSlug: "free-the-prisoners", closesAt: "2026-02-01T10:01" }))).closesAt, /in the past/);
  });

  test("the image: https only, and a description with it", () => {
    assert.match(errorsOf(create.safeParse(form({ featuredImageUrl: "http://example.org/a.jpg", featuredImageAlt: "x" }))).featuredImageUrl, /https/);
    assert.match(errorsOf(create.safeParse(form({ featuredImageUrl: "https://example.org/a.jpg" }))).featuredImageAlt, /Describe the image/);
    const result = create.safeParse(form({ featuredImageAlt: "left over" }));
    assert.equal(result.data?.featuredImageAlt, null, "no description is kept without an image");
  });

  test("milestones: comma-separated whole numbers above the goal, ascending", () => {
    assert.deepEqual(create.safeParse(form({ goal: "1000", milestones: " 2000,3500 , 5000" })).data?.milestones, [2000, 3500, 5000]);
    assert.match(errorsOf(create.safeParse(form({ goal: "1000", milestones: "1000" }))).milestones, /above the goal/);
    assert.match(errorsOf(create.safeParse(form({ milestones: "2000; 3000" }))).milestones, /whole numbers/);
  });

  test("a declaration forces office and municipality to required", () => {
    const result = create.safeParse(form({ kind: "declaration", signerOffice: "off", signerMunicipality: "optional" }));
    assert.deepEqual(result.data?.signerFields, {
      country: "required",
      city: "optional",
      postcode: "off",
      office: "required",
      municipality: "required",
    });
  });

  test("the address: lower-case letters, digits and single hyphens, 3 to 80", () => {
    for (const slug of ["Free", "free--prisoners", "-free", "free_prisoners", "ab", "a".repeat(81), "new"]) {
      assert.ok(errorsOf(create.safeParse(form({ slug }))).slug, slug);
    }
    assert.ok(create.safeParse(form({ slug: "un-inquiry-1988" })).success);
  });
});

describe("the form's starting values", () => {
  test("a stored campaign goes into the form and parses back to the same values", () => {
    const stored = {
      title: "T",
      slug: "t-campaign",
      kind: "petition",
      summary: "S",
      statement: "St",
      decisionMakers: ["A", "B"],
      goal: 100,
      opensAt: null,
      closesAt: new Date("2099-01-01T10:00:00Z"),
      signerFields: { country: "required", city: "off", postcode: "off", office: "off", municipality: "off" },
      listNamesPublicly: false,
      featuredImageUrl: "https://example.org/i.png",
      featuredImageAlt: "An image",
      milestones: [200, 400],
      retentionMonths: 12,
      keepPublicList: false,
    } as const;
    const defaults = campaignFormDefaults({ ...stored, updatedAt: new Date("2026-02-01T09:00:00Z") } as never);
    const values = { ...defaults, listNamesPublicly: defaults.listNamesPublicly ? "on" : undefined };
    const parsed = buildCreateCampaignSchema({ now: () => NOW }).safeParse(values);
    assert.ok(parsed.success, JSON.stringify(errorsOf(parsed)));
    const { eventSlug: _, ...data } = parsed.data;
    assert.deepEqual(data, {
      ...stored,
      decisionMakers: [...stored.decisionMakers],
      milestones: [...stored.milestones],
      signerFields: { ...stored.signerFields },
    });
  });

  test("a new campaign from a call suggests an address from its title", () => {
    assert.equal(suggestSlug("Launch an inquiry into the 1988 massacre!"), "launch-an-inquiry-into-the-1988-massacre");
    assert.equal(suggestSlug("Élus : déclaration"), "elus-declaration");
    const defaults = newCampaignDefaults({ title: "Refer the case", statement: "We call on…", decisionMakers: ["UN Security Council"] });
    assert.equal(defaults.slug, "refer-the-case");
    assert.equal(defaults.decisionMakers, "UN Security Council");
  });
});
