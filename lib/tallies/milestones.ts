/**
 * The target the progress bar counts towards: the campaign's goal until it is reached, then the
 * next milestone, doubling each time (a goal of 5,000 leads on to 10,000, 20,000, 40,000…), so a
 * campaign that passes its goal still has somewhere to go.
 */
export function nextMilestone(total: number, goal: number): { target: number; goalReached: boolean } {
  if (goal <= 0) return { target: Math.max(1, total), goalReached: true };
  let target = goal;
  while (total >= target) target *= 2;
  return { target, goalReached: total >= goal };
}
