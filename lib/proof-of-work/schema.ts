import { z } from "zod";

// Proof of work (issue #13, fraud defenses): the owners' setting, and the widget's answer as the
// sign form, the JSON API and OSDI send it. Shared by client and server.

/** "off": never asked; "on": always; "automatic": while the campaign's signing velocity is past a threshold. */
export const PROOF_OF_WORK_MODES = ["off", "on", "automatic"] as const;

export type ProofOfWorkMode = (typeof PROOF_OF_WORK_MODES)[number];

/** The sign form's field (and the JSON API's property) holding the solution: ALTCHA's base64 payload. */
export const PROOF_OF_WORK_FIELD = "altcha";

/** Where the widget fetches a challenge, and where any client may. */
export const CHALLENGE_PATH = "/api/v1/proof-of-work/challenge";

/** The solver, served from our own origin so that no Content-Security-Policy has to allow blob: workers. */
export const WORKER_PATH = "/api/v1/proof-of-work/worker.js";

const hex = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^(?:[0-9a-f]{2})+$/);

// What a solved challenge comes back as, once its base64 is decoded. The challenge's parameters are
// kept whole (a loose object): their HMAC is checked over exactly what we issued.
export const solvedChallengeSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.string().max(32),
      nonce: hex(64),
      salt: hex(64),
      cost: z.number().int().positive(),
      keyLength: z.number().int().positive().max(64),
      keyPrefix: hex(128),
      expiresAt: z.number().int().positive(),
    }),
    signature: hex(256),
  }),
  solution: z.looseObject({ counter: z.number().int().min(0), derivedKey: hex(256) }),
});

/** The payload as it arrives: any JSON value; a string of at most a few KB is the only one that can pass. */
export const proofPayloadSchema = z.string().min(1).max(8_192);
