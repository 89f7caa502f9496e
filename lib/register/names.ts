// Names as the register and our signers write them, brought to one form before they are compared
// (issue #14): lower case, accents removed, hyphens, apostrophes and spaces all one space, and the
// particles (de, du, d', le, la, van…) left out, since "Jean de La Fontaine", "Jean Lafontaine"
// and the register's "DE LA FONTAINE" / "Jean" should meet. The register writes each name in two
// fields; a signature has one `full_name` field, in either order.

const PARTICLES = new Set(["de", "du", "des", "d", "le", "la", "les", "l", "van", "von", "der", "den", "di", "da", "del", "della", "dos", "y"]);

/** Lower case, no accents, words separated by one space (hyphens, apostrophes and dots are separators). */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a normalised name that identify a person: particles dropped, unless nothing else is left. */
export function nameTokens(name: string): string[] {
  const words = normaliseName(name).split(" ").filter(Boolean);
  const kept = words.filter((word) => !PARTICLES.has(word));
  return kept.length > 0 ? kept : words;
}
