/**
 * The target the progress bar counts towards: the campaign's goal until it is reached, then the
 * next of the campaign's own milestones (issue #3: "goals that move", configurable), and past the
 * last of them, doubling each time (a goal of 5,000 with no milestones leads on to 10,000, 20,000,
 * 40,000…), so a campaign that passes its goal still has somewhere to go.
 *
 * Milestones are validated when saved (ascending, above the goal); values that are not, such as
 * ones left below a goal that was raised later, are ignored here rather than trusted.
 */
export function nextMilestone(total: number, goal: number, milestones: readonly number[] = []): { target: number; goalReached: boolean } {
  if (goal <= 0) return { target: Math.max(1, total), goalReached: true };
  if (total < goal) return { target: goal, goalReached: false };
  const after = [...new Set(milestones.filter((m) => Number.isSafeInteger(m) && m > goal))].sort((a, b) => a - b);
  const next = after.find((m) => m > total);
  if (next !== undefined) return { target: next, goalReached: true };
  let target = after.at(-1) ?? goal;
  while (total >= target) target *= 2;
  return { target, goalReached: true };
}
