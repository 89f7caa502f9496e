import assert from "node:assert/strict";
import { test } from "node:test";
import { IntlMessageFormat } from "intl-messageformat";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { LOCALES } from "@/lib/i18n/routing";
import { type Translator, translatorFor } from "@/lib/i18n/translator";

// lib/i18n/translator.ts formats the catalogs itself (each message compiled once) for emails and
// the fast API routes, where use-intl's translator cost 6.6 µs a call. Pages use next-intl, which
// runs on use-intl: the same key must read the same in an email as on the page. Every message of
// every language, with values made up from its own placeholders, against use-intl's translator.

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };

// @formatjs/icu-messageformat-parser's element types.
const ARGUMENT = 1,
  NUMBER = 2,
  DATE = 3,
  TIME = 4,
  SELECT = 5,
  PLURAL = 6,
  TAG = 8;

/** Values for every placeholder of a message: numbers for counts, a date for dates, a function for tags. */
function valuesFor(ast: Node[], values: Record<string, unknown> = {}, selectChoice = "other"): Record<string, unknown> {
  for (const node of ast) {
    const name = node.value ?? "";
    if (node.type === ARGUMENT) values[name] ??= `‹${name}›`;
    else if (node.type === NUMBER || node.type === PLURAL) values[name] = 1234;
    else if (node.type === DATE || node.type === TIME) values[name] = new Date(Date.UTC(2017, 10, 28, 17, 5));
    else if (node.type === SELECT) values[name] = Object.keys(node.options ?? {}).find((key) => key !== "other") ?? selectChoice;
    else if (node.type === TAG) values[name] = (chunks: string[] | string) => `[${name}:${Array.isArray(chunks) ? chunks.join("") : chunks}]`;
    for (const option of Object.values(node.options ?? {})) valuesFor(option.value, values);
    if (node.children) valuesFor(node.children, values);
  }
  return values;
}

function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

for (const locale of LOCALES) {
  test(`${locale}: every message reads the same from translatorFor as from use-intl`, () => {
    const cache = _createCache();
    const reference = (createTranslator as (config: object) => Translator)({
      locale,
      messages: CATALOGS[locale],
      timeZone: "UTC",
      _cache: cache,
      _formatters: _createIntlFormatters(cache),
    });
    const ours = translatorFor(locale);
    let compared = 0;
    for (const [key, message] of leaves(CATALOGS[locale])) {
      const ast = new IntlMessageFormat(message, locale).getAst() as unknown as Node[];
      const values = valuesFor(ast);
      const hasTags = Object.values(values).some((value) => typeof value === "function");
      const expected = hasTags ? reference.markup(key, values as never) : reference(key, values as never);
      const actual = hasTags ? ours.markup(key, values as never) : ours(key, values as never);
      assert.equal(actual, expected, `${locale} ${key}`);
      compared += 1;
    }
    assert.ok(compared > 500, `compared ${compared} messages`);
  });
}

test("plurals follow the language, Persian numbers are in Persian digits, times are in UTC", () => {
  assert.match(translatorFor("en")("signing.email.confirm.expires", { days: 1 }), /works for 1 day\./);
  assert.match(translatorFor("en")("signing.email.confirm.expires", { days: 7 }), /works for 7 days\./);
  assert.match(translatorFor("fr")("signing.email.confirm.expires", { days: 1 }), /valable 1 jour\./);
  assert.match(translatorFor("fa")("signing.email.confirm.expires", { days: 7 }), /تا ۷ روز/);
  // 23:30 in UTC is 00:30 the next day in Paris, whatever the server's own time zone.
  const late = new Date(Date.UTC(2017, 10, 28, 23, 30));
  assert.match(translatorFor("en")("campaign.opening.label", { date: "28 November 2017", at: late }), /at 23:30 UTC/);
});

test("a key missing from the catalog gives the key back, and has() says so", () => {
  const t = translatorFor("fr");
  assert.equal(t("signing.no.such.key"), "signing.no.such.key");
  assert.equal(t.has("signing.no.such.key"), false);
  assert.equal(t.has("signing.confirm.button"), true);
  assert.equal(translatorFor("xx")("signing.confirm.button"), translatorFor("en")("signing.confirm.button"), "an unknown language is English");
});
