import { optionsObject } from '../errors/options-object.js';
import { npsAdjustment, npsEstimate, wilsonBounds } from './bounds.js';
import { checkNpsCounts, checkObject, checkProportion } from './input-checks.js';
import type { ConfidenceInterval, NpsCounts, NpsIntervalMethod } from './interval.js';
import { normalCdf, normalCriticalValue } from './normal.js';

/** The counts of a proportion; a {@link Rate} is one. */
export interface RateCounts {
  /** Rows that met the definition. */
  readonly numerator: number;
  /** Rows the rate is over. */
  readonly denominator: number;
}

/** Whether and by how much two estimates differ: `a − b`, its interval and a two-sided p-value. */
export interface Comparison {
  /** `a − b` (a fraction for rates, NPS points for NPS); `null` when either side has no data. */
  readonly difference: number | null;
  /** The confidence interval of the difference; `null` when either side has no data. */
  readonly interval: ConfidenceInterval | null;
  /** The two-sided p-value of "no difference"; `null` when either side has no data. */
  readonly pValue: number | null;
}

/** Options for {@link compareRates}. */
export interface CompareRatesOptions {
  /** The confidence level of the interval, strictly between 0 and 1; 0.95 by default. */
  level?: number;
}

/** Options for {@link compareNps}. */
export interface CompareNpsOptions {
  /** `'adjusted-wald'` (default) or `'wald'`, as for {@link npsInterval}. */
  method?: NpsIntervalMethod;
  /** The confidence level of the interval, strictly between 0 and 1; 0.95 by default. */
  level?: number;
}

const NO_DATA: Comparison = { difference: null, interval: null, pValue: null };

function checkRateCounts(counts: RateCounts, name: string): void {
  checkObject(counts, [name], '{ numerator, denominator }');
  checkProportion(counts.numerator, counts.denominator, ['numerator', 'denominator'], [name]);
}

function twoSidedPValue(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/**
 * Compares two rates (this week against last week, team A against team B): the difference
 * `a − b`, its confidence interval, and the p-value of the two-proportion z-test.
 *
 * The interval is Newcombe's hybrid score interval (Newcombe 1998, Statistics in Medicine 17,
 * 873–890, method 10), built from the two Wilson intervals: `d − √((p₁ − l₁)² + (u₂ − p₂)²)` to
 * `d + √((u₁ − p₁)² + (p₂ − l₂)²)`. The p-value uses the pooled standard error
 * `√(p̄(1 − p̄)(1/n₁ + 1/n₂))` (equal to Pearson's χ² test without continuity correction).
 *
 * @param a - The first rate (or its counts).
 * @param b - The rate it is compared with.
 * @param options - `level`: the confidence level (0.95 by default).
 * @returns The difference as a fraction, its interval and the p-value; all `null` when either
 *   denominator is 0.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for counts that do not make a rate: not an object,
 *   a count that is not a finite number ≥ 0, or a numerator above the denominator (path
 *   `['a', 'numerator']`, …); `INVALID_OPTION` for options that are not an object or a level outside (0, 1).
 * @see docs/guide/definitions.md#comparing-two-results
 * @example
 * ```ts
 * const change = compareRates({ numerator: 56, denominator: 70 }, { numerator: 48, denominator: 80 });
 * Math.round(change.difference * 100) / 100
 * // => 0.2
 * change.pValue < 0.05
 * // => true
 * ```
 */
export function compareRates(a: RateCounts, b: RateCounts, options?: CompareRatesOptions): Comparison {
  const level = optionsObject(options).level ?? 0.95;
  const z = normalCriticalValue(level);
  checkRateCounts(a, 'a');
  checkRateCounts(b, 'b');
  if (a.denominator === 0 || b.denominator === 0) return NO_DATA;
  const p1 = a.numerator / a.denominator;
  const p2 = b.numerator / b.denominator;
  const difference = p1 - p2;
  const first = wilsonBounds(a.numerator, a.denominator, z, level);
  const second = wilsonBounds(b.numerator, b.denominator, z, level);
  const lower = difference - Math.hypot(p1 - first.lower, second.upper - p2);
  const upper = difference + Math.hypot(first.upper - p1, p2 - second.lower);
  const pooled = (a.numerator + b.numerator) / (a.denominator + b.denominator);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.denominator + 1 / b.denominator));
  // a pooled rate of 0 or 1 means both rates are equal (all or none)
  const pValue = standardError > 0 ? twoSidedPValue(difference / standardError) : 1;
  return {
    difference,
    interval: { lower: Math.max(-1, lower), upper: Math.min(1, upper), level },
    pValue,
  };
}

/**
 * Compares two Net Promoter Scores: the difference `a − b` in NPS points, its confidence interval and
 * the p-value of a z-test.
 *
 * Each NPS is a difference of two proportions with variance `(p + d − (p − d)²) / n`; the difference of
 * two independent scores has the sum of their variances. With `'adjusted-wald'` (the default, as
 * recommended by Rocks 2016 and MeasuringU) each side first gets ¾ added to promoters and detractors
 * and 3 to `n`; the interval and test use those adjusted values, `difference` the raw scores.
 *
 * @param a - The first result (an {@link kpis!NpsResult} or its counts).
 * @param b - The result it is compared with.
 * @param options - `method` and `level` (0.95 by default).
 * @returns The difference in NPS points (−200…200), its interval and the p-value; all `null` when
 *   either side has no responses.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for counts that are not an object or a count that is
 *   not a finite number ≥ 0 (path `['a', 'promoters']`, …); `INVALID_OPTION` for options that are not an
 *   object, an unknown method or a level outside (0, 1).
 * @see docs/guide/definitions.md#comparing-two-results
 * @example
 * ```ts
 * const change = compareNps(
 *   { promoters: 60, passives: 25, detractors: 15 },
 *   { promoters: 40, passives: 30, detractors: 30 },
 * );
 * change.difference
 * // => 35
 * change.pValue < 0.01
 * // => true
 * ```
 */
export function compareNps(a: NpsCounts, b: NpsCounts, options?: CompareNpsOptions): Comparison {
  const checked = optionsObject(options);
  const adjust = npsAdjustment(checked.method ?? 'adjusted-wald', 'method');
  const level = checked.level ?? 0.95;
  const z = normalCriticalValue(level);
  checkNpsCounts(a, ['a']);
  checkNpsCounts(b, ['b']);
  const first = npsEstimate(a, adjust);
  const second = npsEstimate(b, adjust);
  if (first === null || second === null) return NO_DATA;
  // the same arithmetic as nps(), so the difference of two results is exact
  const score = (counts: NpsCounts) => (100 * (counts.promoters - counts.detractors)) / (counts.promoters + counts.passives + counts.detractors);
  const difference = score(a) - score(b);
  const estimate = first[0] - second[0];
  const standardError = Math.sqrt(first[1] + second[1]);
  const half = z * standardError;
  const pValue = standardError > 0 ? twoSidedPValue(estimate / standardError) : estimate === 0 ? 1 : 0;
  return {
    difference,
    interval: { lower: Math.max(-200, 100 * (estimate - half)), upper: Math.min(200, 100 * (estimate + half)), level },
    pValue,
  };
}
