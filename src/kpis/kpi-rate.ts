import type { Rate } from '../stats/rate.js';

/**
 * A {@link Rate} computed by a KPI, which also says how many rows it left out of the denominator
 * (rows the definition does not apply to, or without the data it needs).
 *
 * @example
 * ```ts
 * const result: KpiRate = reopenRate([]);
 * result
 * // => { value: null, numerator: 0, denominator: 0, interval: null, excluded: 0 }
 * ```
 */
export interface KpiRate extends Rate {
  /** Rows seen but not counted in the denominator. */
  readonly excluded: number;
}

/** The running state of a rate metric: numerator, denominator and excluded rows. */
export interface RateState {
  /** Rows that count as successes. */
  numerator: number;
  /** Rows counted. */
  denominator: number;
  /** Rows left out (no usable value). */
  excluded: number;
}
