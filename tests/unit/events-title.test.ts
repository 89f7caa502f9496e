import assert from "node:assert/strict";
import { test } from "node:test";
import { titleFromLead } from "@/lib/events/report/text";

test("a report without a headline is titled from its first sentence, without the dateline", () => {
  assert.equal(
    titleFromLead("GENEVA, 3 October 2025 — Survivors of the 1988 prison massacres gathered in front of the Palais des Nations."),
    "Survivors of the 1988 prison massacres gathered in front of the Palais des Nations",
  );
  assert.equal(titleFromLead("Paris (AFP) - Mayors met at the town hall."), "Mayors met at the town hall");
  assert.equal(titleFromLead("LISBON, March 14, 2024 -- More than 300 people gathered."), "More than 300 people gathered");
  assert.equal(titleFromLead("More than 2,000 mayors signed."), "More than 2,000 mayors signed");
});

test("a long first sentence is cut at a word boundary, marked with an ellipsis", () => {
  const title = titleFromLead(`Speakers ${"called for justice and ".repeat(10)}more.`);
  assert.ok(title.length <= 121, title);
  assert.ok(title.endsWith("…"));
  assert.ok(!/\s…$/.test(title));
});
