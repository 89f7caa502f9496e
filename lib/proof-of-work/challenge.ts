import "server-only";
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { getEnv, getSecret } from "@/lib/env";
import { proofPayloadSchema, solvedChallengeSchema } from "./schema";

// Challenges issued by our own endpoint and checked by the signing path (issue #13): no third party.
// ALTCHA's deterministic mode: the server picks a random counter, derives its key once and signs it
// (an HMAC keyed from AUTH_SECRET), and the browser must find that counter by trying them all from
// zero. Checking an answer is then two HMACs, never a derivation, so a flood of forged answers costs
// the server nothing; issuing one costs one derivation of POW_COST iterations.

const ALGORITHM = "PBKDF2/SHA-256";

let secrets: { hmacSignatureSecret: string; hmacKeySignatureSecret: string } | undefined;

/** Two keys derived from AUTH_SECRET: one signs a challenge's parameters, one the key its answer must match. */
function challengeSecrets() {
  const derive = (purpose: string) => createHmac("sha256", getSecret()).update(`proof-of-work:${purpose}`).digest("hex");
  secrets ??= { hmacSignatureSecret: derive("challenge"), hmacKeySignatureSecret: derive("key") };
  return secrets;
}

/** A fresh challenge, good for POW_CHALLENGE_TTL_MINUTES. */
export async function issueChallenge(now = Date.now()): Promise<Challenge> {
  const env = getEnv();
  return createChallenge({
    algorithm: ALGORITHM,
    cost: env.POW_COST,
    counter: randomInt(env.POW_COUNTER_MAX, Math.ceil(env.POW_COUNTER_MAX / 2)),
    deriveKey,
    expiresAt: new Date(now + env.POW_CHALLENGE_TTL_MINUTES * 60_000),
    ...challengeSecrets(),
  });
}

export type ProofCheck =
  | { kind: "solved"; nonce: Buffer; expiresAt: Date }
  | { kind: "missing" }
  /** Not ours, tampered with, expired, or a wrong answer: all the same to the signing path. */
  | { kind: "invalid" };

/**
 * Whether `payload` (what the widget put in the form) answers a challenge we issued, still valid.
 * Whether it was already used is for the caller: the signing statement records its nonce.
 */
export async function checkProof(payload: unknown): Promise<ProofCheck> {
  if (payload === undefined || payload === null || payload === "") return { kind: "missing" };
  const text = proofPayloadSchema.safeParse(payload);
  if (!text.success) return { kind: "invalid" };
  const solved = solvedChallengeSchema.safeParse(decodePayload(text.data));
  if (!solved.success) return { kind: "invalid" };
  const { challenge, solution } = solved.data;
  try {
    const result = await verifySolution({
      challenge,
      solution: { counter: solution.counter, derivedKey: solution.derivedKey },
      deriveKey,
      ...challengeSecrets(),
    });
    if (!result.verified) return { kind: "invalid" };
  } catch {
    // altcha-lib throws on parameters it cannot read (an unknown algorithm): not an answer.
    return { kind: "invalid" };
  }
  return { kind: "solved", nonce: Buffer.from(challenge.parameters.nonce, "hex"), expiresAt: new Date(challenge.parameters.expiresAt * 1_000) };
}

function decodePayload(base64: string): unknown {
  try {
    return JSON.parse(Buffer.from(base64, "base64").toString("utf8"));
  } catch {
    return null;
  }
}
