// How a commune's name is searched and matched (issue #14): "Saint-Étienne-du-Rouvray",
// "saint etienne du rouvray" and "St Etienne du Rouvray" are one key. Accents, case, hyphens and
// apostrophes do not tell communes apart for a reader typing a name, so none of them count; "St"
// and "Ste" are how signers abbreviate Saint and Sainte, and how some paper forms write them.
// The same function makes the stored search_name and the typed query, so they always agree.

const ABBREVIATIONS: Record<string, string> = { st: "saint", ste: "sainte" };

/** The search key of a name: lower case, no accents, words of letters and digits separated by one space. */
export function communeSearchKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(" ");
}
