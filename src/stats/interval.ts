import { optionsObject } from '../errors/options-object.js';
import { npsAdjustment, npsBounds, wilsonBounds } from './bounds.js';
import { checkNpsCounts, checkProportion } from './input-checks.js';
import { normalCriticalValue } from './normal.js';

/** A two-sided confidence interval: `lower` and `upper` bounds at confidence `level` (0.95 = 95 %). */
export interface ConfidenceInterval {
  /** The lower bound, in the unit of the estimate (a fraction for rates, NPS points for NPS). */
  readonly lower: number;
  /** The upper bound, in the same unit. */
  readonly upper: number;
  /** The confidence level, strictly between 0 and 1. */
  readonly level: number;
}

/** Options for {@link wilsonInterval}. */
export interface WilsonIntervalOptions {
  /** The confidence level, strictly between 0 and 1; 0.95 by default. */
  level?: number;
}

/**
 * The Wilson score interval for a proportion `successes / trials`.
 *
 * With `z` the two-sided normal critical value, `p̂ = x / n`:
 * `(p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)`. Unlike the Wald interval it stays inside
 * [0, 1] and keeps its coverage for small samples and rates near 0 or 1 (Wilson 1927; Newcombe 1998).
 *
 * @param successes - The number of successes `x`, from 0 to `trials`.
 * @param trials - The number of trials `n`.
 * @param options - `level`: the confidence level (0.95 by default).
 * @returns The interval, or `null` when `trials` is 0.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for a count that is not a finite number ≥ 0 or more
 *   successes than trials (path `['successes']` or `['trials']`); `INVALID_OPTION` for options that are
 *   not an object or a level outside (0, 1).
 * @see docs/guide/definitions.md#rates-and-the-wilson-interval
 * @example
 * ```ts
 * // Newcombe (1998), Statistics in Medicine 17, 857–872, Table I: 81 of 263 → 0.2553 to 0.3662
 * const interval = wilsonInterval(81, 263);
 * [Math.round(interval.lower * 1e4) / 1e4, Math.round(interval.upper * 1e4) / 1e4]
 * // => [0.2553, 0.3662]
 * wilsonInterval(0, 0)
 * // => null
 * ```
 */
export function wilsonInterval(successes: number, trials: number, options?: WilsonIntervalOptions): ConfidenceInterval | null {
  const level = optionsObject(options).level ?? 0.95;
  const z = normalCriticalValue(level);
  checkProportion(successes, trials, ['successes', 'trials']);
  if (trials === 0) return null;
  return wilsonBounds(successes, trials, z, level);
}


/** How an NPS interval is computed: adjusted Wald (the default) or plain Wald. */
export type NpsIntervalMethod = 'adjusted-wald' | 'wald';

/** The three NPS response counts. */
export interface NpsCounts {
  /** Responses scoring 9–10. */
  readonly promoters: number;
  /** Responses scoring 7–8. */
  readonly passives: number;
  /** Responses scoring 0–6. */
  readonly detractors: number;
}

/** Options for {@link npsInterval}. */
export interface NpsIntervalOptions {
  /** `'adjusted-wald'` (default) or `'wald'`. */
  method?: NpsIntervalMethod;
  /** The confidence level, strictly between 0 and 1; 0.95 by default. */
  level?: number;
}



/**
 * A confidence interval for the Net Promoter Score, in NPS points (−100…100).
 *
 * NPS is treated as the difference of two proportions of one sample, with variance
 * `(p + d − (p − d)²) / n`. Adjusted Wald (the default, Rocks 2016, The American Statistician 70(4))
 * first adds ¾ to promoters and to detractors and 3 to `n`, which keeps the coverage near the nominal
 * level for small samples and extreme scores; `'wald'` uses the raw counts. Bounds are clipped to
 * −100…100.
 *
 * @param counts - Promoters, passives and detractors.
 * @param options - `method` and `level` (0.95 by default).
 * @returns The interval in NPS points, or `null` when there are no responses.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for `counts` that are not an object or a count that
 *   is not a finite number ≥ 0 (path `['promoters']`, …); `INVALID_OPTION` for options that are not an
 *   object, an unknown method or a level outside (0, 1).
 * @see docs/guide/definitions.md#nps
 * @example
 * ```ts
 * const interval = npsInterval({ promoters: 60, passives: 25, detractors: 15 }, { method: 'wald' });
 * [Math.round(interval.lower * 10) / 10, Math.round(interval.upper * 10) / 10]
 * // => [30.5, 59.5]
 * ```
 */
export function npsInterval(counts: NpsCounts, options?: NpsIntervalOptions): ConfidenceInterval | null {
  const checked = optionsObject(options);
  const adjust = npsAdjustment(checked.method ?? 'adjusted-wald', 'method');
  const level = checked.level ?? 0.95;
  const z = normalCriticalValue(level);
  checkNpsCounts(counts, []);
  return npsBounds(counts, adjust, z, level);
}

