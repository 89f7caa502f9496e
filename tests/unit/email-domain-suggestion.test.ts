import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { editDistance, suggestEmailDomain } from "@/lib/signing/email-domain-suggestion";

const suggested = (email: string) => suggestEmailDomain(email)?.suggested ?? null;

describe("email domain suggestion", () => {
  test("swapped, missing, doubled and wrong letters in a common domain are corrected", () => {
    const cases: [string, string][] = [
      ["ana@gmial.com", "gmail.com"],
      ["ana@gmal.com", "gmail.com"],
      ["ana@gmaill.com", "gmail.com"],
      ["ana@hotmial.fr", "hotmail.fr"],
      ["ana@yahou.fr", "yahoo.fr"],
      ["ana@outlok.com", "outlook.com"],
      ["ana@iclod.com", "icloud.com"],
    ];
    for (const [email, domain] of cases) assert.equal(suggested(email), domain, email);
  });

  test("French providers are known", () => {
    const cases: [string, string][] = [
      ["jean@orange.rf", "orange.fr"],
      ["jean@ornage.fr", "orange.fr"],
      ["jean@fre.fr", "free.fr"],
      ["jean@laposte.ne", "laposte.net"],
      ["jean@lapost.net", "laposte.net"],
      ["jean@sfr.fe", "sfr.fr"],
      ["jean@wanado.fr", "wanadoo.fr"],
    ];
    for (const [email, domain] of cases) assert.equal(suggested(email), domain, email);
  });

  test("a slipped top-level domain is corrected, on a common domain or any other", () => {
    assert.equal(suggested("ana@gmail.con"), "gmail.com");
    assert.equal(suggested("ana@gmail.cmo"), "gmail.com");
    assert.equal(suggested("ana@hotmail.fe"), "hotmail.fr");
    assert.equal(suggested("maire@mairie-lyon.fe"), "mairie-lyon.fr");
    assert.equal(suggested("contact@association-exemple.con"), "association-exemple.com");
  });

  test("no suggestion for a correct common domain", () => {
    for (const email of ["ana@gmail.com", "jean@orange.fr", "jean@free.fr", "jean@laposte.net", "jean@sfr.fr", "x@wanadoo.fr", "x@gmx.de"]) {
      assert.equal(suggestEmailDomain(email), null, email);
    }
  });

  test("no suggestion for a domain we do not know and that is close to none", () => {
    for (const email of ["ana@example.org", "maire@ville-rennes.fr", "x@univ-paris1.fr", "x@company.co", "x@mycompany.cm", "x@me.fr"]) {
      assert.equal(suggestEmailDomain(email), null, email);
    }
  });

  test("two equally close domains make no suggestion", () => {
    // gmx.fe: gmx.de and gmx.fr are one letter away each, but .fe is a slip for .fr.
    assert.equal(suggested("x@gmx.fe"), "gmx.fr");
    // gmx.dr: gmx.de and gmx.fr are both one letter away, and .dr is no known slip.
    assert.equal(suggestEmailDomain("x@gmx.dr"), null);
  });

  test("only the domain is given back, lower-cased, never the local part", () => {
    assert.deepEqual(suggestEmailDomain("Ana.Secret@GMIAL.com"), { typed: "gmial.com", suggested: "gmail.com" });
  });

  test("what is not an address gets no suggestion", () => {
    for (const email of ["", "gmial.com", "@gmial.com", "ana@", "ana@gmial", "ana@gm ial.com"]) {
      assert.equal(suggestEmailDomain(email), null, JSON.stringify(email));
    }
  });

  test("edit distance counts a swap of neighbours as one", () => {
    assert.equal(editDistance("gmial", "gmail"), 1);
    assert.equal(editDistance("kitten", "sitting"), 3);
    assert.equal(editDistance("", "abc"), 3);
    assert.equal(editDistance("same", "same"), 0);
  });
});
