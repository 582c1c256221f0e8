// Internal: the `merge` of every metric whose state is a flat record of counts and sums. Not
// re-exported from the package.

/** Adds every field of `from` into the same field of `into` (a state of numbers only). */
export function addCounts<State extends Record<keyof State, number>>(into: State, from: State): void {
  for (const key in from) (into[key] as number) += from[key];
}
