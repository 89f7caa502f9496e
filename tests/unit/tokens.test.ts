import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createTokenPair, hashToken, isWellFormedToken } from "@/lib/signing/tokens";

describe("signature tokens", () => {
  test("a token carries 256 random bits, URL-safe", () => {
    const { token } = createTokenPair().confirm;
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(Buffer.from(token, "base64url").length, 32);
  });

  test("tokens do not repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createTokenPair().confirm.token));
    assert.equal(tokens.size, 1000);
  });

  test("only the SHA-256 hash is kept, and it is stable", () => {
    const { token, hash } = createTokenPair().confirm;
    assert.equal(hash.length, 32);
    assert.deepEqual(hashToken(token), hash);
    assert.ok(!hash.toString("hex").includes(Buffer.from(token, "base64url").toString("hex")));
  });

  test("a token pair is two independent well-formed tokens with their hashes", () => {
    const pairs = Array.from({ length: 500 }, () => createTokenPair());
    const all = new Set(pairs.flatMap(({ confirm, withdraw }) => [confirm.token, withdraw.token]));
    assert.equal(all.size, 1000);
    for (const { confirm, withdraw } of pairs.slice(0, 20)) {
      assert.equal(isWellFormedToken(confirm.token) && isWellFormedToken(withdraw.token), true);
      assert.deepEqual(hashToken(confirm.token), confirm.hash);
      assert.deepEqual(hashToken(withdraw.token), withdraw.hash);
    }
  });

  test("malformed tokens are recognised before any database look-up", () => {
    assert.equal(isWellFormedToken(createTokenPair().withdraw.token), true);
    for (const bad of ["", "short", "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, "../".repeat(15)]) {
      assert.equal(isWellFormedToken(bad), false, JSON.stringify(bad));
    }
  });
});
