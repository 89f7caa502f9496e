// Why a velocity rule held a signature (issue #13), as stored in signatures.held_reason. Shared by
// the signing path that holds and the moderation page that names the reason and releases.
export const HELD_REASONS = ["velocity_client_burst", "velocity_client_sustained", "velocity_domain_burst", "velocity_domain_sustained"] as const;

export type HeldReason = (typeof HELD_REASONS)[number];

export function isHeldReason(value: unknown): value is HeldReason {
  return typeof value === "string" && (HELD_REASONS as readonly string[]).includes(value);
}
