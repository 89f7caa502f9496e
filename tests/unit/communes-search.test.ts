import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { jsonArrayObjects } from "@/lib/communes/json-array-stream";
import { rankCommunes } from "@/lib/communes/ranking";
import { communeSearchKey } from "@/lib/communes/search-key";

describe("commune search keys", () => {
  test("accents, case, hyphens and apostrophes do not count", () => {
    for (const typed of ["Saint-Étienne-du-Rouvray", "saint etienne du rouvray", "SAINT ÉTIENNE  DU-ROUVRAY "]) {
      assert.equal(communeSearchKey(typed), "saint etienne du rouvray", typed);
    }
    assert.equal(communeSearchKey("L'Abergement-Clémenciat"), "l abergement clemenciat");
    assert.equal(communeSearchKey("L’Haÿ-les-Roses"), "l hay les roses");
  });

  test("St and Ste are Saint and Sainte, only as whole words", () => {
    assert.equal(communeSearchKey("St-Denis"), "saint denis");
    assert.equal(communeSearchKey("Ste Colombe"), "sainte colombe");
    assert.equal(communeSearchKey("Stenay"), "stenay");
  });

  test("ligatures are spelt out, digits stay", () => {
    assert.equal(communeSearchKey("Œuilly"), "oeuilly");
    assert.equal(communeSearchKey("Paris 5e Arrondissement"), "paris 5e arrondissement");
  });

  test("a name of punctuation only has an empty key", () => {
    assert.equal(communeSearchKey(" -'’ "), "");
  });
});

describe("commune search ranking", () => {
  const commune = (code: string, name: string, population: number | null) => ({ code, name, searchName: communeSearchKey(name), population });
  const candidates = [
    commune("45274", "Saint-Denis-en-Val", 7_500),
    commune("11339", "Saint-Denis", 523),
    commune("93066", "Saint-Denis", 149_077),
    commune("97411", "Saint-Denis", 155_634),
    commune("30247", "Saint-Denis", 296),
  ];

  test("every commune with exactly the typed name comes first, the most populous first", () => {
    const ranked = rankCommunes("saint denis", candidates, 10).map((c) => c.code);
    assert.deepEqual(ranked, ["97411", "93066", "11339", "30247", "45274"]);
  });

  test("homonyms are never cut by the limit; longer names are", () => {
    const ranked = rankCommunes("saint denis", candidates, 2).map((c) => c.code);
    assert.deepEqual(ranked, ["97411", "93066", "11339", "30247"]);
  });

  test("names that only start with the query go by population, then by name", () => {
    const ranked = rankCommunes("saint", [commune("2", "Saint-B", null), commune("1", "Saint-A", null), commune("3", "Saint-C", 10)], 10);
    assert.deepEqual(
      ranked.map((c) => c.name),
      ["Saint-C", "Saint-A", "Saint-B"],
    );
  });
});

describe("reading a JSON array one object at a time", () => {
  async function* chunks(text: string, size: number) {
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const objects = [
    { code: "01001", nom: "L'Abergement-Clémenciat", codesPostaux: ["01400"] },
    { code: "2A004", nom: 'Ajaccio {"quoted"} \\ }', nested: { a: [1, { b: 2 }] } },
    { code: "97411", nom: "Saint-Denis" },
  ];
  const text = `[\n${objects.map((o) => JSON.stringify(o)).join(",\n")}\n]`;

  test("yields every object whatever the chunk boundaries, braces and escapes inside strings included", async () => {
    for (const size of [1, 2, 3, 7, 64, text.length]) {
      const read = [];
      for await (const object of jsonArrayObjects(chunks(text, size))) read.push(object);
      assert.deepEqual(read, objects, `chunks of ${size}`);
    }
  });

  test("a file cut in the middle of an object is an error, not a shorter list", async () => {
    await assert.rejects(async () => {
      for await (const _ of jsonArrayObjects(chunks(text.slice(0, -20), 16))) {
        // read to the end
      }
    }, /ends in the middle/);
  });
});
