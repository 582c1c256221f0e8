import { optionsObject } from '../errors/options-object.js';
import { rateFromCounts } from './bounds.js';
import { checkProportion } from './input-checks.js';
import type { ConfidenceInterval } from './interval.js';
import { normalCriticalValue } from './normal.js';

/**
 * A proportion with what it was computed from: `value = numerator / denominator` (a fraction 0…1),
 * and its Wilson score interval. `value` and `interval` are `null` when the denominator is 0.
 */
export interface Rate {
  /** `numerator / denominator`, from 0 to 1; `null` when the denominator is 0. */
  readonly value: number | null;
  /** How many rows met the definition. */
  readonly numerator: number;
  /** How many rows the rate is over. */
  readonly denominator: number;
  /** The Wilson score interval, or `null` when the denominator is 0. */
  readonly interval: ConfidenceInterval | null;
}

/** Options for {@link createRate}. */
export interface RateOptions {
  /** The confidence level of the interval, strictly between 0 and 1; 0.95 by default. */
  level?: number;
}

/**
 * Builds a {@link Rate} from its counts, with the Wilson score interval.
 *
 * @param numerator - Rows that met the definition, from 0 to `denominator`.
 * @param denominator - Rows the rate is over.
 * @param options - `level`: the confidence level of the interval (0.95 by default).
 * @returns The rate; `value` and `interval` are `null` when `denominator` is 0.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for a count that is not a finite number ≥ 0 or a
 *   numerator above the denominator (path `['numerator']` or `['denominator']`); `INVALID_OPTION` for
 *   options that are not an object or a level outside (0, 1).
 * @example
 * ```ts
 * createRate(41, 50).value
 * // => 0.82
 * createRate(0, 0)
 * // => { value: null, numerator: 0, denominator: 0, interval: null }
 * ```
 */
export function createRate(numerator: number, denominator: number, options?: RateOptions): Rate {
  const level = optionsObject(options).level ?? 0.95;
  const z = normalCriticalValue(level);
  checkProportion(numerator, denominator, ['numerator', 'denominator']);
  return rateFromCounts(numerator, denominator, z, level);
}
