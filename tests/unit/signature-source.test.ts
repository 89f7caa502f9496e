import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseSignatureInput } from "@/lib/signing/schema";
import { externalReferrerHost, utmTagsFrom } from "@/lib/signing/source";

describe("where a signer came from", () => {
  test("utm tags come from the address of the page signed on", () => {
    assert.deepEqual(utmTagsFrom("https://p.example/campaigns/a?utm_source=whatsapp&utm_medium=share"), {
      utmSource: "whatsapp",
      utmMedium: "share",
    });
    assert.deepEqual(utmTagsFrom("https://p.example/campaigns/a"), {});
    assert.deepEqual(utmTagsFrom("not a url"), {});
    assert.deepEqual(utmTagsFrom(null), {});
  });

  test("only another site's host is kept as the referrer, never its path", () => {
    assert.equal(externalReferrerHost("https://news.example.org/article/123?x=1", "p.example"), "news.example.org");
    assert.equal(externalReferrerHost("https://p.example/campaigns/a", "p.example"), undefined);
    assert.equal(externalReferrerHost("", "p.example"), undefined);
  });

  test("a strange tag is dropped, never a reason to refuse a signature", () => {
    const fields = { country: "off", city: "off", postcode: "off", office: "off", municipality: "off" } as const;
    const result = parseSignatureInput(fields, {
      fullName: "Ada",
      email: "ada@example.org",
      consent: true,
      utmSource: "<script>",
      utmMedium: "x".repeat(500),
      utmCampaign: "spring launch",
      referrerHost: "https://evil.example/path",
    });
    assert.ok(result.ok);
    assert.equal(result.data.utmSource, undefined);
    assert.equal(result.data.utmMedium, undefined);
    assert.equal(result.data.utmCampaign, "spring launch");
    assert.equal(result.data.referrerHost, undefined);
  });
});
