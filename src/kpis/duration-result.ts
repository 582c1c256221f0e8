// Internal: checked options and the result of DurationStat KPIs. Not re-exported from the package.
import { rateFromCounts } from '../stats/bounds.js';
import type { DurationStat, DurationStatOptions, DurationState } from './duration-stat.js';
import { criticalValueOption, optionalDurationOption } from './option-checks.js';

const MEDIAN_AND_P90 = [0.5, 0.9] as const;

/** Checked duration options: the threshold (+Infinity when absent) and the interval settings. */
export interface DurationSettings {
  readonly thresholdMs: number;
  readonly hasThreshold: boolean;
  readonly z: number;
  readonly level: number;
}

export function durationSettings(options: DurationStatOptions): DurationSettings {
  const threshold = optionalDurationOption(options.thresholdMs, 'thresholdMs');
  const { z, level } = criticalValueOption(options.level);
  return { thresholdMs: threshold ?? Number.POSITIVE_INFINITY, hasThreshold: threshold !== undefined, z, level };
}

export function finishDurationStat(state: DurationState, settings: DurationSettings): DurationStat {
  const { count, excluded, totalMs } = state;
  const withinThreshold = settings.hasThreshold
    ? { ...rateFromCounts(state.within, count, settings.z, settings.level), excluded }
    : null;
  if (count === 0) {
    return { value: null, count, excluded, totalMs, meanMs: null, medianMs: null, p90Ms: null, withinThreshold };
  }
  const meanMs = totalMs / count;
  const [medianMs, p90Ms] = state.sample.quantiles(MEDIAN_AND_P90) as [number, number];
  return { value: meanMs, count, excluded, totalMs, meanMs, medianMs, p90Ms, withinThreshold };
}


