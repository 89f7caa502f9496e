// Why a signature was held (issue #13), as stored in signatures.held_reason. Shared by the signing
// path that holds, the moderation page that names the reason and releases, and the integrity report.
// The velocity rules (lib/velocity/rules.ts) hold a signature past a rate; the proof of work
// (lib/proof-of-work) one that came without a valid answer to its challenge (no JavaScript, most
// often), or with an answer already used once.
export const HELD_REASONS = [
  "velocity_client_burst",
  "velocity_client_sustained",
  "velocity_domain_burst",
  "velocity_domain_sustained",
  "proof_of_work_missing",
  "proof_of_work_invalid",
  "proof_of_work_replayed",
] as const;

export type HeldReason = (typeof HELD_REASONS)[number];

export function isHeldReason(value: unknown): value is HeldReason {
  return typeof value === "string" && (HELD_REASONS as readonly string[]).includes(value);
}
