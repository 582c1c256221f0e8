// Internal: exact type-7 quantiles by selection (no full sort). Not re-exported from the package.
//
// Values live in plain arrays with double elements, not typed arrays: a Float64Array's memory is
// outside the JS heap, and V8 starts a full garbage collection after every 64 MB of such external
// memory, whatever the heap size. With millions of rows in memory each of those collections costs
// seconds, so samples kept on the heap scale linearly where typed arrays did not (measured by
// bench/kpis.bench.ts: 5M rows took 25× the time of 1M with Float64Array samples).

/** An array that holds doubles unboxed (V8's PACKED_DOUBLE elements): created with a double, emptied. */
export function doubleArray(): number[] {
  const values = [0.5];
  values.length = 0;
  return values;
}

/**
 * `low + fraction × (next − low)`; when the difference overflows (values of opposite signs beyond
 * ±9e307), `low × (1 − fraction) + next × fraction`, which cannot.
 */
function interpolate(low: number, next: number, fraction: number): number {
  const gap = next - low;
  return Number.isFinite(gap) ? low + fraction * gap : low * (1 - fraction) + next * fraction;
}

function swap(values: number[], a: number, b: number): void {
  const value = values[a] as number;
  values[a] = values[b] as number;
  values[b] = value;
}

/**
 * Reorders `values[left..right]` so that index `k` holds the value it would hold if that range were
 * sorted, everything before it is ≤ and everything after it is ≥. Floyd & Rivest's SELECT
 * (Communications of the ACM 18(3), 1975): on large ranges it first selects within a small sample
 * around the expected position, so the partitions that follow are tight (about n + min(k, n − k)
 * comparisons). After too many rounds (an adversarial order) it sorts the remaining range, so the
 * worst case is O(n log n). Values must not be NaN.
 */
export function selectInPlace(values: number[], k: number, left: number, right: number): void {
  let budget = 4 * Math.ceil(Math.log2(right - left + 2)) + 16;
  while (right > left) {
    if (budget-- === 0) {
      const rest = values.slice(left, right + 1).sort((a, b) => a - b);
      for (let index = 0; index < rest.length; index++) values[left + index] = rest[index] as number;
      return;
    }
    if (right - left > 600) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (i * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - i) * s) / n + sd));
      selectInPlace(values, k, newLeft, newRight);
    }
    const pivot = values[k] as number;
    let i = left;
    let j = right;
    swap(values, left, k);
    if ((values[right] as number) > pivot) swap(values, left, right);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
    }
    if ((values[left] as number) === pivot) swap(values, left, j);
    else {
      j++;
      swap(values, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/**
 * Exact type-7 quantiles of the first `length` values, written to `out` in the order of `ps`.
 * Reorders `values` (the multiset is unchanged). `ps` must be within [0, 1] and `length` > 0.
 */
export function selectQuantiles(values: number[], length: number, ps: readonly number[], out: number[]): void {
  const order = ps.map((_, index) => index).sort((a, b) => (ps[a] as number) - (ps[b] as number));
  let from = 0;
  for (const index of order) {
    const h = (length - 1) * (ps[index] as number);
    let k = Math.floor(h);
    if (k > length - 1) k = length - 1;
    selectInPlace(values, k, from, length - 1);
    from = k;
    const low = values[k] as number;
    const fraction = h - k;
    if (fraction > 0 && k + 1 < length) {
      let next = values[k + 1] as number;
      for (let i = k + 2; i < length; i++) {
        const value = values[i] as number;
        if (value < next) next = value;
      }
      out[index] = interpolate(low, next, fraction);
    } else {
      out[index] = low;
    }
  }
}

/**
 * The type-7 value at `rank + fraction` of the first `length` values: the `rank`-th smallest, plus
 * `fraction` of the way to the next one. Reorders `values`.
 */
export function selectRank(values: number[], length: number, rank: number, fraction: number): number {
  selectInPlace(values, rank, 0, length - 1);
  const low = values[rank] as number;
  if (!(fraction > 0) || rank + 1 >= length) return low;
  let next = values[rank + 1] as number;
  for (let index = rank + 2; index < length; index++) {
    const value = values[index] as number;
    if (value < next) next = value;
  }
  return interpolate(low, next, fraction);
}
