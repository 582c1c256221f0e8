// Internal: checks of KPI options, each raising INVALID_OPTION with the option's path. Not
// re-exported from the package.
import { invalidOption } from '../errors/invalid-option.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { ScoreScale } from '../models/survey.js';
import { normalCriticalValue } from '../stats/normal.js';

/** The critical value for `level` (0.95 by default), or INVALID_OPTION at path `['level']`. */
export function criticalValueOption(level = 0.95): { z: number; level: number } {
  return { z: normalCriticalValue(level), level };
}

/** A duration option in milliseconds: finite and not negative. */
export function durationOption(value: unknown, name: string): number {
  if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) throw invalidOption(name, 'a finite, non-negative number of milliseconds', value);
  return value;
}

/** An optional duration option: `undefined` stays `undefined`. */
export function optionalDurationOption(value: unknown, name: string): number | undefined {
  return value === undefined ? undefined : durationOption(value, name);
}

/** A score scale: two finite numbers, lowest first. */
export function scaleOption(scale: ScoreScale): ScoreScale {
  const [lowest, highest] = Array.isArray(scale) ? scale : [Number.NaN, Number.NaN];
  if (!(Number.isFinite(lowest) && Number.isFinite(highest) && lowest < highest)) {
    throw new ServiceKitError('INVALID_OPTION', `scale must be [lowest, highest] with lowest below highest; got ${JSON.stringify(scale)}`, {
      path: ['scale'],
    });
  }
  return [lowest, highest];
}

/** A threshold on a scale (satisfiedFrom, easyFrom): within [lowest, highest]. */
export function thresholdOnScale(value: unknown, scale: ScoreScale, name: string): number {
  const [lowest, highest] = scale;
  if (!(typeof value === 'number' && value >= lowest && value <= highest)) throw invalidOption(name, `on the scale ${lowest}–${highest}`, value);
  return value;
}

/** An instant option: a valid `Date`. */
export function instantOption(value: unknown, name: string): number {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalidOption(name, 'a valid Date', value);
  return value.getTime();
}

/** A whole number of at least `minimum`. */
export function wholeNumberOption(value: unknown, minimum: number, name: string): number {
  if (!(typeof value === 'number' && Number.isInteger(value) && value >= minimum)) throw invalidOption(name, `a whole number of at least ${minimum}`, value);
  return value;
}
