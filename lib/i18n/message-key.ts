// Messages that travel as data — a zod issue, a server action's refusal, a field error — are
// catalog keys, not English sentences, so that the page shows them in its reader's language
// (issue #12). A key with values travels as `key?{"max":200}`; translateMessage turns it into text.

type Values = Record<string, string | number>;

/** A root translator: `useTranslations()`, `await getTranslations()` or `translatorFor(locale)`. */
export type RootTranslator = { (key: string, values?: Values): string; has(key: string): boolean };

/** A catalog key, with the values its ICU message needs: `messageKey("events.errors.tooLong", { max: 200 })`. */
export function messageKey(key: string, values?: Values): string {
  return values ? `${key}?${JSON.stringify(values)}` : key;
}

/** A value that is itself a list of catalog keys, shown as the reader's list: `{ missing: keyList(["a.b", "c.d"]) }`. */
export function keyList(keys: readonly string[]): string {
  return `@${keys.join("|")}`;
}

export function parseMessageKey(encoded: string): { key: string; values: Values | undefined } {
  const at = encoded.indexOf("?");
  if (at < 0) return { key: encoded, values: undefined };
  try {
    return { key: encoded.slice(0, at), values: JSON.parse(encoded.slice(at + 1)) as Values };
  } catch {
    return { key: encoded.slice(0, at), values: undefined };
  }
}

/**
 * The text of a message in the translator's language. A message that is not a catalog key (a
 * sentence from code not translated yet, or a library's) is shown as it is; a value written with
 * keyList is translated item by item and joined as the language joins a list.
 */
export function translateMessage(t: RootTranslator, encoded: string): string {
  const { key, values } = parseMessageKey(encoded);
  if (!t.has(key)) return encoded;
  if (!values) return t(key);
  const shown: Values = {};
  for (const [name, value] of Object.entries(values)) {
    shown[name] =
      typeof value === "string" && value.startsWith("@")
        ? value
            .slice(1)
            .split("|")
            .map((part) => (t.has(part) ? t(part) : part))
            .join(t("common.listSeparator"))
        : value;
  }
  return t(key, shown);
}
