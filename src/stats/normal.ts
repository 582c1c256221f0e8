import { ServiceKitError } from '../errors/service-kit-error.js';

const LOG_SQRT_TWO_PI = 0.91893853320467274178;
const SQRT_TWO_PI = 2.5066282746310002;

/**
 * The standard normal cumulative distribution function Φ(x): the probability that a standard
 * normal variable is at most `x`.
 *
 * Marsaglia's Taylor series (Journal of Statistical Software 11(4), 2004) for |x| < 3, and the
 * continued fraction of Mills' ratio for the tails, so small tail probabilities keep their relative
 * accuracy.
 *
 * @param x - Any number; ±Infinity give 0 and 1.
 * @returns Φ(x), from 0 to 1 (`NaN` only for a `NaN` argument).
 * @example
 * ```ts
 * normalCdf(0)
 * // => 0.5
 * Math.round(normalCdf(1.959963984540054) * 1e9) / 1e9
 * // => 0.975
 * ```
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === 0) return 0.5;
  if (x >= 3) return 1 - upperTail(x);
  if (x <= -3) return upperTail(-x);
  let sum = x;
  let term = x;
  let previous = 0;
  const square = x * x;
  for (let index = 1; sum !== previous; ) {
    previous = sum;
    index += 2;
    term *= square / index;
    sum = previous + term;
  }
  const value = 0.5 + sum * Math.exp(-0.5 * square - LOG_SQRT_TWO_PI);
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/** 1 − Φ(x) for x ≥ 3: φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))), evaluated from the 120th term back. */
function upperTail(x: number): number {
  if (!Number.isFinite(x)) return 0;
  let fraction = x;
  for (let k = 120; k >= 1; k--) fraction = x + k / fraction;
  return Math.exp(-0.5 * x * x) / (SQRT_TWO_PI * fraction);
}

/**
 * The standard normal quantile Φ⁻¹(p): the `x` with `normalCdf(x) === p`.
 *
 * Solved in the lower tail (`1 − p` is exact for p ≥ ½, so upper quantiles keep their precision):
 * a start from Abramowitz & Stegun 26.2.23 (error below 4.5e-4), then Halley steps on
 * {@link normalCdf} until they stop changing the result, accurate to about 1e-15.
 *
 * @param p - A probability strictly between 0 and 1 (0 and 1 give ∓Infinity).
 * @returns The quantile.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` when `p` is outside [0, 1] or not a number.
 * @example
 * ```ts
 * Math.round(normalQuantile(0.975) * 1e6) / 1e6
 * // => 1.959964
 * normalQuantile(0.5)
 * // => 0
 * ```
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new ServiceKitError('INVALID_OPTION', `probability ${String(p)} is not between 0 and 1`, { path: ['p'] });
  }
  const tail = p < 0.5 ? p : 1 - p;
  if (tail === 0) return p === 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (tail === 0.5) return 0;
  const t = Math.sqrt(-2 * Math.log(tail));
  let x = (2.515517 + t * (0.802853 + t * 0.010328)) / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308))) - t;
  for (let step = 0; step < 8; step++) {
    const u = (normalCdf(x) - tail) * SQRT_TWO_PI * Math.exp((x * x) / 2);
    const next = x - u / (1 + (x * u) / 2);
    if (!Number.isFinite(next) || next === x) break;
    x = next;
  }
  return p < 0.5 ? x : -x;
}

/**
 * The two-sided critical value of the standard normal distribution for a confidence level:
 * `Φ⁻¹((1 + level) / 2)`, 1.96 for 95 %.
 *
 * @param level - The confidence level, strictly between 0 and 1.
 * @returns The critical value z.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` (path `['level']`) when the level is not strictly
 *   between 0 and 1.
 * @example
 * ```ts
 * Math.round(normalCriticalValue(0.95) * 100) / 100
 * // => 1.96
 * ```
 */
export function normalCriticalValue(level: number): number {
  if (!(typeof level === 'number' && level > 0 && level < 1)) {
    throw new ServiceKitError('INVALID_OPTION', `confidence level ${String(level)} must be strictly between 0 and 1 (0.95 for 95 %)`, {
      path: ['level'],
    });
  }
  return normalQuantile((1 + level) / 2);
}
