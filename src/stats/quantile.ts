import { ServiceKitError } from '../errors/service-kit-error.js';
import { selectQuantiles, toDoubleArray } from './select.js';

/** Checks that every probability is a number in [0, 1]. */
function checkProbabilities(ps: readonly number[]): void {
  ps.forEach((p, index) => {
    if (!(typeof p === 'number' && p >= 0 && p <= 1)) {
      throw new ServiceKitError('INVALID_OPTION', `probability ${String(p)} is not between 0 and 1 (0.9 for the 90th percentile)`, {
        path: ps.length === 1 ? ['p'] : ['ps', index],
      });
    }
  });
}

function toSample(values: ArrayLike<number>): number[] {
  const sample = toDoubleArray(values);
  for (let index = 0; index < sample.length; index++) {
    if (!Number.isFinite(sample[index] as number)) {
      throw new ServiceKitError('INVALID_INPUT', `value ${String(values[index])} at index ${index} is not a finite number`, {
        path: [index],
      });
    }
  }
  return sample;
}

/**
 * Exact quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the
 * default of numpy and of Excel's PERCENTILE.INC), found by selection without sorting the values.
 *
 * With the values sorted as `x[0] ≤ … ≤ x[n−1]`, `h = (n − 1)·p`, `k = ⌊h⌋`:
 * `Q(p) = x[k] + (h − k)·(x[k+1] − x[k])`. The input is copied, not reordered.
 *
 * @param values - Finite numbers, in any order.
 * @param ps - Probabilities in [0, 1] (0.5 for the median, 0.9 for the 90th percentile).
 * @returns One quantile per probability, in the order given; `null` when `values` is empty.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a probability outside [0, 1]; `INVALID_INPUT`
 *   for a value that is not finite.
 * @example
 * ```ts
 * quantiles([1, 3, 2, 4], [0.3, 0.5])
 * // => [1.9, 2.5]
 * quantiles([], [0.5])
 * // => null
 * ```
 */
export function quantiles(values: ArrayLike<number>, ps: readonly number[]): number[] | null {
  checkProbabilities(ps);
  if (values.length === 0) return null;
  const sample = toSample(values);
  const out = new Array<number>(ps.length);
  selectQuantiles(sample, sample.length, ps, out);
  return out;
}

/**
 * One exact type-7 quantile (see {@link quantiles}): the same value as numpy's `percentile(values,
 * 100 * p)` and Excel's `PERCENTILE.INC(values, p)`.
 *
 * @param values - Finite numbers, in any order (not reordered).
 * @param p - A probability in [0, 1].
 * @returns The quantile, or `null` for no values.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for `p` outside [0, 1]; `INVALID_INPUT` for a value
 *   that is not finite.
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
  const result = quantiles(values, [p]);
  return result === null ? null : (result[0] as number);
}
