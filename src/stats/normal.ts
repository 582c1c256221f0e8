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

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function coefficient(list: readonly number[], index: number): number {
  return list[index] as number;
}

/**
 * The standard normal quantile Φ⁻¹(p): the `x` with `normalCdf(x) === p`.
 *
 * Acklam's rational approximation refined by two Halley steps on {@link normalCdf}, so the result is
 * accurate to about 1e-15.
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
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  let x: number;
  if (p < P_LOW || p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p < P_LOW ? p : 1 - p));
    const numerator =
      ((((coefficient(C, 0) * q + coefficient(C, 1)) * q + coefficient(C, 2)) * q + coefficient(C, 3)) * q + coefficient(C, 4)) * q +
      coefficient(C, 5);
    const denominator = (((coefficient(D, 0) * q + coefficient(D, 1)) * q + coefficient(D, 2)) * q + coefficient(D, 3)) * q + 1;
    x = p < P_LOW ? numerator / denominator : -numerator / denominator;
  } else {
    const q = p - 0.5;
    const r = q * q;
    const numerator =
      (((((coefficient(A, 0) * r + coefficient(A, 1)) * r + coefficient(A, 2)) * r + coefficient(A, 3)) * r + coefficient(A, 4)) * r +
        coefficient(A, 5)) *
      q;
    const denominator =
      ((((coefficient(B, 0) * r + coefficient(B, 1)) * r + coefficient(B, 2)) * r + coefficient(B, 3)) * r + coefficient(B, 4)) * r + 1;
    x = numerator / denominator;
  }
  for (let step = 0; step < 2; step++) {
    const error = normalCdf(x) - p;
    const u = error * SQRT_TWO_PI * Math.exp((x * x) / 2);
    if (!Number.isFinite(u)) break;
    x -= u / (1 + (x * u) / 2);
  }
  return x;
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
