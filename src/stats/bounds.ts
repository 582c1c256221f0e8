// Internal: the arithmetic behind intervals and rates, for callers that have already checked their
// counts and computed the critical value once (KPI results). Not re-exported from the package.
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { ConfidenceInterval, NpsCounts, NpsIntervalMethod } from './interval.js';
import type { Rate } from './rate.js';

/** Wilson bounds for checked counts and a known critical value (the hot path of KPI results). */
export function wilsonBounds(successes: number, trials: number, z: number, level: number): ConfidenceInterval {
  const p = successes / trials;
  const zSquared = z * z;
  const denominator = 1 + zSquared / trials;
  const center = (p + zSquared / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + zSquared / (4 * trials * trials));
  const lower = successes === 0 ? 0 : Math.max(0, center - half);
  const upper = successes === trials ? 1 : Math.min(1, center + half);
  return { lower, upper, level };
}

/** Checks an NPS interval method, naming the option the caller used. */
export function checkNpsIntervalMethod(method: unknown, path: string): NpsIntervalMethod {
  if (method !== 'adjusted-wald' && method !== 'wald') {
    throw new ServiceKitError('INVALID_OPTION', `interval method ${JSON.stringify(method)} is not 'adjusted-wald' or 'wald'`, {
      path: [path],
    });
  }
  return method;
}

/**
 * The estimate and variance of NPS (as a difference of two proportions, −1…1) for a method: adjusted
 * Wald adds ¾ to promoters and to detractors and 3 to the sample size (Rocks 2016). `null` for no
 * responses.
 */
export function npsEstimate(counts: NpsCounts, method: NpsIntervalMethod): { estimate: number; variance: number; size: number } | null {
  const adjust = method === 'adjusted-wald' ? 0.75 : 0;
  const responses = counts.promoters + counts.passives + counts.detractors;
  if (responses === 0) return null;
  const size = responses + 4 * adjust;
  const promoterShare = (counts.promoters + adjust) / size;
  const detractorShare = (counts.detractors + adjust) / size;
  const estimate = promoterShare - detractorShare;
  const variance = Math.max(0, promoterShare + detractorShare - estimate * estimate) / size;
  return { estimate, variance, size };
}

/** NPS interval bounds for checked counts and a known critical value. */
export function npsBounds(counts: NpsCounts, method: NpsIntervalMethod, z: number, level: number): ConfidenceInterval | null {
  const estimate = npsEstimate(counts, method);
  if (estimate === null) return null;
  const half = z * Math.sqrt(estimate.variance);
  return {
    lower: Math.max(-100, 100 * (estimate.estimate - half)),
    upper: Math.min(100, 100 * (estimate.estimate + half)),
    level,
  };
}

/** A {@link Rate} from counts already known to be valid, with a known critical value. */
export function rateFromCounts(numerator: number, denominator: number, z: number, level: number): Rate {
  if (denominator === 0) return { value: null, numerator, denominator, interval: null };
  return { value: numerator / denominator, numerator, denominator, interval: wilsonBounds(numerator, denominator, z, level) };
}
