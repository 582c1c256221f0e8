import { invalidInput } from '../errors/invalid-input.js';
import { checkProbabilities, checkValues } from './input-checks.js';
import { doubleArray, selectQuantiles } from './select.js';

/** Type-7 quantiles at checked probabilities: a checked copy of `values`, then selection. */
function quantilesAt(values: ArrayLike<number>, ps: readonly number[]): number[] | null {
  const length = checkValues(values).length;
  if (length === 0) return null;
  const sample = doubleArray();
  for (let index = 0; index < length; index++) {
    const value = values[index] as number;
    if (!Number.isFinite(value)) throw invalidInput([index], 'a finite number', value, `value at index ${index}`);
    sample.push(value);
  }
  const out = new Array<number>(ps.length);
  selectQuantiles(sample, length, ps, out);
  return out;
}

/**
 * Exact quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the
 * default of numpy and of Excel's PERCENTILE.INC), found by selection without sorting the values.
 *
 * With the values sorted as `x[0] ≤ … ≤ x[n−1]`, `h = (n − 1)·p`, `k = ⌊h⌋`:
 * `Q(p) = x[k] + (h − k)·(x[k+1] − x[k])` (or `x[k]·(1 − h + k) + x[k+1]·(h − k)` when the difference
 * overflows). The input is copied, not reordered.
 *
 * @param values - Finite numbers, in any order.
 * @param ps - Probabilities in [0, 1] (0.5 for the median, 0.9 for the 90th percentile).
 * @returns One quantile per probability, in the order given; `null` when `values` is empty.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` when `ps` is not an array of numbers in [0, 1]
 *   (path `['ps', index]`); `INVALID_INPUT` when `values` is not an array (or typed array), or for a
 *   value that is not a finite number (path `[index]`).
 * @example
 * ```ts
 * quantiles([1, 3, 2, 4], [0.3, 0.5])
 * // => [1.9, 2.5]
 * quantiles([], [0.5])
 * // => null
 * ```
 */
export function quantiles(values: ArrayLike<number>, ps: readonly number[]): number[] | null {
  return quantilesAt(values, checkProbabilities(ps));
}

/**
 * One exact type-7 quantile (see {@link quantiles}): the same value as numpy's `percentile(values,
 * 100 * p)` and Excel's `PERCENTILE.INC(values, p)`.
 *
 * @param values - Finite numbers, in any order (not reordered).
 * @param p - A probability in [0, 1].
 * @returns The quantile, or `null` for no values.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for `p` not a number in [0, 1] (path `['p']`);
 *   `INVALID_INPUT` when `values` is not an array (or typed array), or for a value that is not a
 *   finite number (path `[index]`).
 * @example
 * ```ts
 * // Microsoft's PERCENTILE.INC documentation: PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9
 * quantile([1, 3, 2, 4], 0.3)
 * // => 1.9
 * quantile([10, 7, 4, 3, 2, 1], 0.5)
 * // => 3.5
 * ```
 */
export function quantile(values: ArrayLike<number>, p: number): number | null {
  const result = quantilesAt(values, checkProbabilities([p], ['p']));
  return result === null ? null : (result[0] as number);
}
