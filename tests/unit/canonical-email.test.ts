import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { canonicalizeEmail } from "@/lib/signing/canonical-email";

describe("canonical email", () => {
  test("addresses are compared without case", () => {
    assert.equal(canonicalizeEmail("  Marie.Curie@Example.ORG "), "marie.curie@example.org");
  });

  test("Gmail ignores dots and +tags, and googlemail.com is gmail.com", () => {
    const canonical = "johnsmith@gmail.com";
    for (const variant of ["John.Smith@gmail.com", "j.o.h.n.smith+petitions@gmail.com", "JohnSmith+a+b@googlemail.com"]) {
      assert.equal(canonicalizeEmail(variant), canonical, variant);
    }
  });

  test("providers that ignore only +tags keep the dots", () => {
    assert.equal(canonicalizeEmail("first.last+news@outlook.com"), "first.last@outlook.com");
    assert.equal(canonicalizeEmail("First.Last+x@proton.me"), "first.last@proton.me");
  });

  test("other providers keep dots and +tags, which may be different mailboxes there", () => {
    assert.equal(canonicalizeEmail("first.last+news@example.org"), "first.last+news@example.org");
    assert.notEqual(canonicalizeEmail("a.b@example.org"), canonicalizeEmail("ab@example.org"));
  });

  test("a local part made only of a +tag is not emptied", () => {
    assert.equal(canonicalizeEmail("+tag@gmail.com"), "+tag@gmail.com");
  });
});
