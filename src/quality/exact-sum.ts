// Internal: an exactly rounded, order-independent running sum (Shewchuk 1997, as in Python's
// math.fsum). A sum is a list of non-overlapping partials; adding or merging keeps every bit, so the
// total of the same numbers is the same float whatever the order or split. Metric states use it so
// that merging shards gives exactly the one-pass answer. Not re-exported from the package.

/** Adds `value` (finite) to the partials of an exact sum, in place. */
export function addExact(partials: number[], value: number): void {
  let x = value;
  let kept = 0;
  for (let index = 0; index < partials.length; index++) {
    let y = partials[index] as number;
    if (Math.abs(x) < Math.abs(y)) {
      const swap = x;
      x = y;
      y = swap;
    }
    const high = x + y;
    const low = y - (high - x);
    if (low !== 0) partials[kept++] = low;
    x = high;
  }
  partials.length = kept;
  partials.push(x);
}

/** Adds every partial of `from` into `into`; `from` is not changed. */
export function mergeExact(into: number[], from: readonly number[]): void {
  for (const partial of from) addExact(into, partial);
}

/** The correctly rounded total of an exact sum (0 for no values). */
export function exactTotal(partials: readonly number[]): number {
  let index = partials.length;
  if (index === 0) return 0;
  let high = partials[--index] as number;
  let low = 0;
  while (index > 0) {
    const x = high;
    const y = partials[--index] as number;
    high = x + y;
    low = y - (high - x);
    if (low !== 0) break;
  }
  // Round half to even across the remaining partials, as math.fsum does.
  if (index > 0 && ((low < 0 && (partials[index - 1] as number) < 0) || (low > 0 && (partials[index - 1] as number) > 0))) {
    const y = low * 2;
    const x = high + y;
    if (y === x - high) high = x;
  }
  return high;
}
