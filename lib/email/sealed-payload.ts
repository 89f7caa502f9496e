import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getSecret } from "@/lib/env";

// Queued emails hold a recipient address and single-use links. They wait in the database encrypted
// (AES-256-GCM, key derived from AUTH_SECRET) and are erased once sent, so the tokens never sit
// there in clear text.

let derived: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = getSecret();
  if (derived?.secret !== secret) derived = { secret, key: createHash("sha256").update(`email-outbox:${secret}`).digest() };
  return derived.key;
}

export function seal(value: unknown): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unseal<T>(sealed: Buffer): T {
  const decipher = createDecipheriv("aes-256-gcm", key(), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  const body = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  return JSON.parse(body.toString("utf8")) as T;
}
