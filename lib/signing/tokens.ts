import { createHash, randomBytes } from "node:crypto";

// 32 random bytes (256 bits), sent to the signer in a link and stored only as a SHA-256 hash:
// a leaked database does not let anyone confirm or withdraw a signature.
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Two tokens from one read of the random source (the signing path needs a confirm and a withdraw token). */
export function createTokenPair(): { confirm: { token: string; hash: Buffer }; withdraw: { token: string; hash: Buffer } } {
  const bytes = randomBytes(TOKEN_BYTES * 2);
  const confirm = bytes.subarray(0, TOKEN_BYTES).toString("base64url");
  const withdraw = bytes.subarray(TOKEN_BYTES).toString("base64url");
  return { confirm: { token: confirm, hash: hashToken(confirm) }, withdraw: { token: withdraw, hash: hashToken(withdraw) } };
}

/** One token and its hash, for a link emailed later (the reminder's confirmation link, lib/my-signatures). */
export function createToken(): { token: string; hash: Buffer } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
