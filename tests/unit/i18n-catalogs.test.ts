import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGS, NAMESPACES } from "@/lib/i18n/catalogs";
import { LOCALES } from "@/lib/i18n/routing";

// The catalogs (issue #12): a key one language has and another lacks would show the reader a raw
// key; a message that does not parse as ICU would fail at render time, on the one page that uses it.

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") {
    out.set(prefix, value);
    return out;
  }
  assert.ok(value && typeof value === "object" && !Array.isArray(value), `${prefix} is neither a message nor a group`);
  for (const [key, child] of Object.entries(value)) {
    assert.ok(!key.includes("."), `${prefix}.${key}: a key may not contain a dot`);
    for (const [path, message] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, message);
  }
  return out;
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/**
 * The names of a message's arguments, from its syntax tree (not the text of its select branches).
 * Tags may differ between languages (French marks an action English runs into its sentence); the
 * code supplies every tag any language uses.
 */
function placeholders(message: IntlMessageFormat): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 0 is literal text, 7 the `#` of a plural, 8 a tag; every other element names an argument.
      if (element.type !== 0 && element.type !== 7 && element.type !== 8 && element.value) names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(message.getAst() as unknown as Element[]);
  return [...names].sort();
}

describe("message catalogs", () => {
  const byLocale = new Map(LOCALES.map((locale) => [locale, leaves(CATALOGS[locale])]));

  for (const namespace of NAMESPACES) {
    test(`${namespace}: every language has exactly the keys of the others`, () => {
      const english = [...byLocale.get("en")!.keys()].filter((key) => key.startsWith(`${namespace}.`)).sort();
      for (const locale of LOCALES) {
        const keys = [...byLocale.get(locale)!.keys()].filter((key) => key.startsWith(`${namespace}.`)).sort();
        const missing = english.filter((key) => !keys.includes(key));
        const extra = keys.filter((key) => !english.includes(key));
        assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${locale}/${namespace}.json`);
      }
    });
  }

  for (const locale of LOCALES) {
    test(`${locale}: every message parses as ICU, with the same placeholders as English, and none is empty`, () => {
      const english = byLocale.get("en")!;
      for (const [key, message] of byLocale.get(locale)!) {
        assert.notEqual(message.trim(), "", `${locale} ${key} is empty`);
        let parsed: IntlMessageFormat;
        try {
          parsed = new IntlMessageFormat(message, locale, undefined, { ignoreTag: false });
        } catch (error) {
          assert.fail(`${locale} ${key} does not parse: ${(error as Error).message}`);
        }
        const reference = english.get(key);
        if (reference !== undefined) {
          assert.deepEqual(placeholders(parsed), placeholders(new IntlMessageFormat(reference, "en")), `${locale} ${key}: placeholders`);
        }
        assert.ok(parsed);
      }
    });
  }

  test("French uses typographic apostrophes and no-break spaces before high punctuation", () => {
    for (const [key, message] of byLocale.get("fr")!) {
      const text = message.replace(/\{[^{}]*\}/g, "");
      assert.doesNotMatch(text, / [;!?:»]/, `fr ${key}: a plain space before high punctuation: ${message}`);
      assert.doesNotMatch(text, /« /, `fr ${key}: a plain space after «: ${message}`);
    }
  });

  test("Persian text holds no Western digits and uses Persian punctuation", () => {
    for (const [key, message] of byLocale.get("fa")!) {
      const text = message.replace(/\{[^{}]*\}/g, "").replace(/<[^<>]*>/g, "");
      assert.doesNotMatch(text, /[0-9]/, `fa ${key}: Western digits: ${message}`);
      assert.doesNotMatch(text, /[\u0600-\u06FF]\s*[,;?]/, `fa ${key}: Latin punctuation after Persian text: ${message}`);
    }
  });
});
