import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { solvedPayload } from "../fixtures/proof-of-work";

// The proof of work's challenges (issue #13): issued and checked by us, keyed from AUTH_SECRET, good
// until they expire. Small ones here, so that solving takes milliseconds.
process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-0123456";
process.env.POW_COST = "5";
process.env.POW_COUNTER_MAX = "40";
process.env.POW_CHALLENGE_TTL_MINUTES = "10";

const { checkProof, issueChallenge } = await import("@/lib/proof-of-work/challenge");
const { isProofOfWorkRequired } = await import("@/lib/proof-of-work/requirement");
const { proofOfWorkChallengeSchema } = await import("@/lib/open-data/schema");

describe("proof-of-work challenges", () => {
  test("an honest answer to our challenge is accepted, with its nonce and expiry for the replay check", async () => {
    const challenge = await issueChallenge();
    const proof = await checkProof(await solvedPayload(challenge));
    assert.equal(proof.kind, "solved");
    if (proof.kind !== "solved") return;
    assert.equal(proof.nonce.toString("hex"), challenge.parameters.nonce);
    assert.equal(proof.expiresAt.getTime(), (challenge.parameters.expiresAt ?? 0) * 1_000);
    assert.ok(proof.expiresAt.getTime() > Date.now() + 9 * 60_000, "good for POW_CHALLENGE_TTL_MINUTES");
  });

  test("a challenge is what the OpenAPI document says the endpoint answers", async () => {
    assert.ok(proofOfWorkChallengeSchema.safeParse(await issueChallenge()).success);
  });

  test("each challenge asks for a counter between half and all of POW_COUNTER_MAX, at POW_COST", async () => {
    const challenge = await issueChallenge();
    assert.equal(challenge.parameters.cost, 5);
    assert.equal(challenge.parameters.algorithm, "PBKDF2/SHA-256");
    const { solveChallenge } = await import("altcha-lib");
    const solution = await solveChallenge({ challenge, deriveKey });
    assert.ok(solution && solution.counter >= 20 && solution.counter <= 40, `counter ${solution?.counter}`);
  });

  test("no answer is missing; anything unreadable is invalid, never an error", async () => {
    for (const nothing of [undefined, null, ""]) assert.deepEqual(await checkProof(nothing), { kind: "missing" });
    const widgetTestMode = Buffer.from(JSON.stringify({ challenge: null, solution: null, test: true })).toString("base64");
    for (const junk of [42, {}, ["x"], "not base64 json", "x".repeat(20_000), widgetTestMode, Buffer.from("{}").toString("base64")]) {
      assert.deepEqual(await checkProof(junk), { kind: "invalid" }, `junk: ${String(junk).slice(0, 40)}`);
    }
  });

  test("a wrong answer is invalid: only the key of the challenge's own counter passes", async () => {
    const challenge = await issueChallenge();
    const made = await solvedPayload(challenge, (sent) => {
      sent.solution.derivedKey = "00".repeat(32);
    });
    // A real derivation, of the next counter: the work done, but not the work asked.
    const { counter } = JSON.parse(Buffer.from(await solvedPayload(challenge), "base64").toString()).solution;
    const password = Buffer.concat([Buffer.from(challenge.parameters.nonce, "hex"), Buffer.alloc(4)]);
    password.writeUInt32BE(counter + 1, 16);
    const { derivedKey } = await deriveKey(challenge.parameters, Buffer.from(challenge.parameters.salt, "hex"), password);
    const neighbour = await solvedPayload(challenge, (sent) => {
      sent.solution = { counter: counter + 1, derivedKey: Buffer.from(derivedKey).toString("hex") };
    });
    assert.deepEqual(await checkProof(made), { kind: "invalid" });
    assert.deepEqual(await checkProof(neighbour), { kind: "invalid" });
  });

  test("a challenge made easier, or given a later expiry, by the client is invalid (its parameters are signed)", async () => {
    const challenge = await issueChallenge();
    const easier = await solvedPayload(challenge, (sent) => {
      sent.challenge.parameters.cost = 1;
    });
    const later = await solvedPayload(challenge, (sent) => {
      sent.challenge.parameters.expiresAt = (sent.challenge.parameters.expiresAt ?? 0) + 3_600;
    });
    assert.deepEqual(await checkProof(easier), { kind: "invalid" });
    assert.deepEqual(await checkProof(later), { kind: "invalid" });
  });

  test("an expired challenge is invalid, however well solved", async () => {
    const challenge = await issueChallenge(Date.now() - 11 * 60_000);
    assert.deepEqual(await checkProof(await solvedPayload(challenge)), { kind: "invalid" });
  });

  test("a challenge signed with another key (another site's, or one the client made) is invalid", async () => {
    const foreign = await createChallenge({
      algorithm: "PBKDF2/SHA-256",
      cost: 5,
      counter: 10,
      deriveKey,
      expiresAt: new Date(Date.now() + 60_000),
      hmacSignatureSecret: "someone-else",
      hmacKeySignatureSecret: "someone-else-too",
    });
    const unsigned = await createChallenge({
      algorithm: "PBKDF2/SHA-256",
      cost: 5,
      counter: 10,
      deriveKey,
      expiresAt: new Date(Date.now() + 60_000),
    });
    assert.deepEqual(await checkProof(await solvedPayload(foreign)), { kind: "invalid" });
    assert.deepEqual(await checkProof(await solvedPayload(unsigned)), { kind: "invalid" });
  });
});

describe("whether signing asks for a proof of work", () => {
  test("off never, on always, without reading the database", async () => {
    // No DATABASE_URL here: a query would fail the test.
    assert.equal(await isProofOfWorkRequired({ id: "00000000-0000-0000-0000-000000000000", proofOfWork: "off" }), false);
    assert.equal(await isProofOfWorkRequired({ id: "00000000-0000-0000-0000-000000000000", proofOfWork: "on" }), true);
  });
});
