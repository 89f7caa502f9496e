import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { furthestOutcome, transitionRefusal as refusalKey, transitionsFrom } from "@/lib/campaigns/lifecycle";
import { type RootTranslator, translateMessage } from "@/lib/i18n/message-key";
import { createTranslator } from "use-intl/core";
import { CATALOGS } from "@/lib/i18n/catalogs";

// Refusals are message keys (issue #12): read here as an English reader sees them.
const english = createTranslator({ locale: "en", messages: CATALOGS.en as never, timeZone: "UTC" }) as unknown as RootTranslator;
const transitionRefusal = (...args: Parameters<typeof refusalKey>) => {
  const key = refusalKey(...args);
  return key === null ? null : translateMessage(english, key);
};

const NOW = new Date("2026-03-01T12:00:00Z");
const ready = { title: "T", summary: "S", statement: "We ask.", decisionMakers: ["UN"], goal: 10, closesAt: null };

describe("the campaign lifecycle rules", () => {
  test("each status offers its own buttons", () => {
    assert.deepEqual(transitionsFrom("draft"), ["publish"]);
    assert.deepEqual(transitionsFrom("open"), ["close", "archive"]);
    assert.deepEqual(transitionsFrom("closed"), ["reopen", "archive"]);
    assert.deepEqual(transitionsFrom("archived"), ["restore"]);
  });

  test("publishing needs a statement, a summary and a decision maker, and a closing date still ahead", () => {
    assert.equal(transitionRefusal({ ...ready, status: "draft" }, "publish", NOW), null);
    assert.match(transitionRefusal({ ...ready, status: "draft", statement: " " }, "publish", NOW) ?? "", /statement/);
    assert.match(transitionRefusal({ ...ready, status: "draft", decisionMakers: [] }, "publish", NOW) ?? "", /decision maker/);
    assert.match(
      transitionRefusal({ ...ready, status: "draft", closesAt: new Date("2026-03-01T11:00:00Z") }, "publish", NOW) ?? "",
      /closing date has passed/,
    );
  });

  test("reopening needs a closing date in the future, or none", () => {
    assert.equal(transitionRefusal({ ...ready, status: "closed" }, "reopen", NOW), null);
    assert.equal(transitionRefusal({ ...ready, status: "closed", closesAt: new Date("2026-04-01") }, "reopen", NOW), null);
    assert.match(transitionRefusal({ ...ready, status: "closed", closesAt: NOW }, "reopen", NOW) ?? "", /closing date has passed/);
  });

  test("a transition from the wrong status is refused", () => {
    assert.match(transitionRefusal({ ...ready, status: "draft" }, "archive", NOW) ?? "", /draft cannot be archived/);
    assert.match(transitionRefusal({ ...ready, status: "open" }, "restore", NOW) ?? "", /open cannot be restored/);
  });

  test("the outcome only moves forward: delivered, response, won", () => {
    assert.equal(furthestOutcome(null, "news"), null);
    assert.equal(furthestOutcome(null, "response"), "response");
    assert.equal(furthestOutcome("response", "delivered"), "response");
    assert.equal(furthestOutcome("delivered", "won"), "won");
    assert.equal(furthestOutcome("won", "news"), "won");
  });
});
