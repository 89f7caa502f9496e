import { randomBytes } from "node:crypto";

// One database serves the whole run: every test signs with addresses nobody else uses.

/** A short lower-case id, safe in an email local part (no dots, so Gmail folding leaves it alone). */
export function uniqueId(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
}

/** A fresh address at example.org: folded by lower-casing only. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${uniqueId()}@example.org`;
}
