// Internal: the `merge` of every metric whose state is a flat record of counts and sums. Not
// re-exported from the package.

/** Adds every field of `from` into the same field of `into` (a state of numbers only). */
export function addCounts<State extends { [Key in keyof State]: number }>(into: State, from: State): void {
  const target = into as Record<string, number>;
  for (const key in from) target[key] = (target[key] as number) + from[key];
}
