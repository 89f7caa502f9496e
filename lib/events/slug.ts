// An event's address, made from its title: lower case, accents dropped, words joined by hyphens,
// cut at a word so a suffix (-2, -3, ...) still fits the characters a slug may have.

import { SLUG_MAX_LENGTH } from "@/lib/validation/slug";

const MAX_BASE = SLUG_MAX_LENGTH - 10;

export function slugFromTitle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_BASE) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_BASE) || "event";
}

// /organizer/events/new and /organizer/events/import are pages: an event there could not be reached.
const RESERVED = ["new", "import"];

/** The first of base, base-2, base-3, ... that is neither taken nor reserved. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...RESERVED]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
