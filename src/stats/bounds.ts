// Internal: the arithmetic behind intervals and rates, for callers that have already checked their
// counts and computed the critical value once (KPI results). Not re-exported from the package.
import { invalidOption } from '../errors/invalid-option.js';
import type { ConfidenceInterval, NpsCounts } from './interval.js';
import type { Rate } from './rate.js';

/** Wilson bounds for checked counts and a known critical value (the hot path of KPI results). */
export function wilsonBounds(successes: number, trials: number, z: number, level: number): ConfidenceInterval {
  const p = successes / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const center = (p + zSquared / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + zSquared / (4 * trials * trials));
  // NaN only when z²/n overflows (n below ~1e-308), where the interval is [0, 1] to double precision
  const lower = successes === 0 || !(center - half > 0) ? 0 : center - half;
  const upper = successes === trials || !(center + half < 1) ? 1 : center + half;
  return { lower, upper, level };
}

/**
 * What an NPS interval method adds to promoters and to detractors (¾ for `'adjusted-wald'`, 0 for
 * `'wald'`), or INVALID_OPTION naming the option the caller used.
 */
export function npsAdjustment(method: unknown, path: string): number {
  if (method !== 'adjusted-wald' && method !== 'wald') throw invalidOption(path, "'adjusted-wald' or 'wald'", method);
  return method === 'wald' ? 0 : 0.75;
}

/**
 * The estimate and variance of NPS (as a difference of two proportions, −1…1) with `adjust` (from
 * {@link npsAdjustment}) added to promoters and to detractors and 4 × `adjust` to the sample size:
 * adjusted Wald adds ¾ and 3 (Rocks 2016). `null` for no responses. A pair rather than a record,
 * which keeps `{ nps }` under its 1 kB budget.
 */
export function npsEstimate(counts: NpsCounts, adjust: number): readonly [estimate: number, variance: number] | null {
  const responses = counts.promoters + counts.passives + counts.detractors;
  if (responses === 0) return null;
  const size = responses + 4 * adjust;
  const promoterShare = (counts.promoters + adjust) / size;
  const detractorShare = (counts.detractors + adjust) / size;
  const estimate = promoterShare - detractorShare;
  const variance = Math.max(0, promoterShare + detractorShare - estimate * estimate) / size;
  return [estimate, variance];
}

/** NPS interval bounds for checked counts and a known critical value. */
export function npsBounds(counts: NpsCounts, adjust: number, z: number, level: number): ConfidenceInterval | null {
  const computed = npsEstimate(counts, adjust);
  if (!computed) return null;
  const [estimate, variance] = computed;
  const half = z * Math.sqrt(variance);
  return { lower: Math.max(-100, 100 * (estimate - half)), upper: Math.min(100, 100 * (estimate + half)), level };
}

/** A {@link Rate} from counts already known to be valid, with a known critical value. */
export function rateFromCounts(numerator: number, denominator: number, z: number, level: number): Rate {
  if (denominator === 0) return { value: null, numerator, denominator, interval: null };
  return { value: numerator / denominator, numerator, denominator, interval: wilsonBounds(numerator, denominator, z, level) };
}
