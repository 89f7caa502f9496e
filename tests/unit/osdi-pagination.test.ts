import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { pageWindow } from "@/lib/osdi/pagination";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, parsePageQuery } from "@/lib/osdi/schema";

const parse = (query: string) => parsePageQuery(new URLSearchParams(query));

describe("OSDI pagination", () => {
  test("page and per_page default to the first page of the default size", () => {
    assert.deepEqual(parse(""), { ok: true, query: { page: 1, perPage: DEFAULT_PAGE_SIZE } });
    assert.deepEqual(parse("page=3&per_page=7"), { ok: true, query: { page: 3, perPage: 7 } });
    assert.deepEqual(parse(`per_page=${MAX_PAGE_SIZE}`), { ok: true, query: { page: 1, perPage: MAX_PAGE_SIZE } });
  });

  test("anything but a whole number from 1 is refused, naming the parameter", () => {
    for (const [query, property] of [
      ["page=0", "page"],
      ["page=-1", "page"],
      ["page=abc", "page"],
      ["page=1.5", "page"],
      ["page=1e2", "page"],
      ["page=", "page"],
      ["per_page=0", "per_page"],
      [`per_page=${MAX_PAGE_SIZE + 1}`, "per_page"],
      ["per_page=%201", "per_page"],
    ]) {
      const result = parse(query);
      assert.equal(result.ok, false, query);
      assert.deepEqual(!result.ok && result.errors.map((error) => error.property), [property], query);
    }
  });

  test("total_pages, next and prev follow the records", () => {
    assert.deepEqual(pageWindow({ page: 1, perPage: 1 }, 3), { totalPages: 3, offset: 0, next: 2, prev: null });
    assert.deepEqual(pageWindow({ page: 2, perPage: 1 }, 3), { totalPages: 3, offset: 1, next: 3, prev: 1 });
    assert.deepEqual(pageWindow({ page: 3, perPage: 1 }, 3), { totalPages: 3, offset: 2, next: null, prev: 2 });
    assert.deepEqual(pageWindow({ page: 1, perPage: 25 }, 26), { totalPages: 2, offset: 0, next: 2, prev: null });
    assert.deepEqual(pageWindow({ page: 1, perPage: 25 }, 0), { totalPages: 0, offset: 0, next: null, prev: null });
  });

  test("past the end, prev leads back to the last page with records", () => {
    assert.deepEqual(pageWindow({ page: 9, perPage: 10 }, 25), { totalPages: 3, offset: 80, next: null, prev: 3 });
    assert.deepEqual(pageWindow({ page: 4, perPage: 10 }, 0), { totalPages: 0, offset: 30, next: null, prev: 1 });
  });
});
