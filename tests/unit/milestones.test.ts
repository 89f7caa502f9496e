import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { nextMilestone } from "@/lib/tallies/milestones";

describe("milestones", () => {
  test("below the goal, the goal is the target", () => {
    assert.deepEqual(nextMilestone(4_999, 5_000), { target: 5_000, goalReached: false });
  });

  test("once the goal is passed, the next milestone doubles it", () => {
    assert.deepEqual(nextMilestone(5_000, 5_000), { target: 10_000, goalReached: true });
    assert.deepEqual(nextMilestone(25_000, 5_000), { target: 40_000, goalReached: true });
  });
});
