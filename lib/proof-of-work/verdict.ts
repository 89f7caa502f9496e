import "server-only";
import type { HeldReason } from "@/lib/velocity/held-reasons";
import { checkProof } from "./challenge";
import { isProofOfWorkRequired, type ProofOfWorkSetting } from "./requirement";

/**
 * What the proof of work decides for one signature (issue #13): nothing when none was asked; else,
 * without a valid answer, the reason it is held; with one, the challenge to record as spent (the
 * signing statement holds it as replayed if it already was). Never a refusal: a signer without
 * JavaScript is answered like any other and checked by the organizers.
 */
export type ProofOfWorkVerdict = { heldReason: HeldReason | null; spent: { nonce: Buffer; expiresAt: Date } | null };

const NOTHING_ASKED: ProofOfWorkVerdict = { heldReason: null, spent: null };

export async function proofOfWorkVerdict(campaign: ProofOfWorkSetting, payload: unknown): Promise<ProofOfWorkVerdict> {
  if (!(await isProofOfWorkRequired(campaign))) return NOTHING_ASKED;
  const proof = await checkProof(payload);
  switch (proof.kind) {
    case "solved":
      return { heldReason: null, spent: { nonce: proof.nonce, expiresAt: proof.expiresAt } };
    case "missing":
      return { heldReason: "proof_of_work_missing", spent: null };
    case "invalid":
      return { heldReason: "proof_of_work_invalid", spent: null };
  }
}
