import { createHash, randomBytes } from "node:crypto";

// Organizer API keys: a recognisable prefix (so a leaked key is easy to spot in logs and secret
// scanners) and 32 random bytes. Only the SHA-256 of the whole key is stored, like signature tokens.
const API_KEY_PREFIX = "pk_";
const API_KEY_PATTERN = /^pk_[A-Za-z0-9_-]{43}$/;

export function createApiKeyToken(): { key: string; hash: Buffer } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): Buffer {
  return createHash("sha256").update(key, "utf8").digest();
}

export function isWellFormedApiKey(key: string): boolean {
  return API_KEY_PATTERN.test(key);
}
