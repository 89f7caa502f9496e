import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { nextMilestone } from "@/lib/tallies/milestones";

describe("milestones", () => {
  test("below the goal, the goal is the target", () => {
    assert.deepEqual(nextMilestone(4_999, 5_000), { target: 5_000, goalReached: false });
    assert.deepEqual(nextMilestone(4_999, 5_000, [7_500]), { target: 5_000, goalReached: false });
  });

  test("without milestones, once the goal is passed the next target doubles it", () => {
    assert.deepEqual(nextMilestone(5_000, 5_000), { target: 10_000, goalReached: true });
    assert.deepEqual(nextMilestone(25_000, 5_000), { target: 40_000, goalReached: true });
    assert.deepEqual(nextMilestone(25_000, 5_000, []), { target: 40_000, goalReached: true });
  });

  test("configured milestones come next, in order", () => {
    assert.deepEqual(nextMilestone(5_000, 5_000, [7_500, 12_000]), { target: 7_500, goalReached: true });
    assert.deepEqual(nextMilestone(7_499, 5_000, [7_500, 12_000]), { target: 7_500, goalReached: true });
    assert.deepEqual(nextMilestone(7_500, 5_000, [7_500, 12_000]), { target: 12_000, goalReached: true });
  });

  test("past the last milestone, the last one doubles", () => {
    assert.deepEqual(nextMilestone(12_000, 5_000, [7_500, 12_000]), { target: 24_000, goalReached: true });
    assert.deepEqual(nextMilestone(50_000, 5_000, [7_500, 12_000]), { target: 96_000, goalReached: true });
  });

  test("milestones at or below the goal, duplicates and disorder are ignored rather than trusted", () => {
    assert.deepEqual(nextMilestone(6_000, 5_000, [9_000, 1_000, 5_000, 9_000, 6_500]), { target: 6_500, goalReached: true });
    assert.deepEqual(nextMilestone(6_000, 5_000, [1_000, 5_000]), { target: 10_000, goalReached: true });
  });

  test("a goal of zero counts towards the total itself", () => {
    assert.deepEqual(nextMilestone(0, 0), { target: 1, goalReached: true });
    assert.deepEqual(nextMilestone(42, 0, [100]), { target: 42, goalReached: true });
  });
});
