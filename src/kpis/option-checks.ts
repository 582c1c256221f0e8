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

/** A score scale: two numbers within ±2^53 (so sums of scores stay finite), lowest first. */
export function scaleOption(scale: ScoreScale): ScoreScale {
  const [lowest, highest] = Array.isArray(scale) ? scale : [];
  if (!(typeof lowest === 'number' && typeof highest === 'number' && -(2 ** 53) <= lowest && lowest < highest && highest <= 2 ** 53)) {
    throw invalidOption('scale', '[lowest, highest] with lowest below highest, within ±2^53', scale);
  }
  return [lowest, highest];
}

/**
 * A threshold on a scale (satisfiedFrom, easyFrom): `value`, or `fallback` when not given, within
 * [lowest, highest]; a default that is off the scale is the scale's fault, at `['scale']`.
 */
export function thresholdOnScale(value: unknown, fallback: number, [lowest, highest]: ScoreScale, name: string): number {
  const threshold = value ?? fallback;
  if (typeof threshold === 'number' && threshold >= lowest && threshold <= highest) return threshold;
  throw value == null
    ? new ServiceKitError('INVALID_OPTION', `scale ${lowest}–${highest} does not hold the default ${name} ${fallback}: give ${name}`, { path: ['scale'] })
    : invalidOption(name, `on the scale ${lowest}–${highest}`, value);
}

/** An instant option: a valid `Date`. */
export function instantOption(value: unknown, name: string): number {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalidOption(name, 'a valid Date', value);
  return value.getTime();
}

/** A whole number of at least `minimum` and, when given, at most `maximum`. */
export function wholeNumberOption(value: unknown, minimum: number, name: string, maximum = Number.POSITIVE_INFINITY): number {
  if (!(Number.isInteger(value) && (value as number) >= minimum && (value as number) <= maximum)) {
    throw invalidOption(name, `a whole number of at least ${minimum}${maximum < Number.POSITIVE_INFINITY ? ` and at most ${maximum}` : ''}`, value);
  }
  return value as number;
}
