import { invalidOption } from '../errors/invalid-option.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { choiceOption } from '../errors/choice-option.js';
import { ABANDON_CONVENTIONS, type AbandonConvention } from '../kpis/service-level.js';
import { type DurationInput, parseDuration } from '../time/duration.js';
import type { KpiTarget } from './scorecard.js';

/** Options of {@link serviceLevelTarget}. */
export interface ServiceLevelTargetOptions {
  /** The answer-time threshold T: milliseconds or a duration string (`'20s'`). */
  thresholdMs: DurationInput;
  /** The share to answer within T, a fraction in (0, 1] (0.8 for 80 %). */
  targetRate: number;
  /** How abandoned contacts count (see {@link AbandonConvention}); `'negative'` by default. */
  abandons?: AbandonConvention;
  /** Abandons after a shorter wait are left out entirely; 0 by default. */
  shortAbandonMs?: DurationInput;
}

/**
 * An aggregate service-level promise ("80 % of calls answered in 20 s"), as plain data: the options
 * of {@link kpis!serviceLevel} plus the bar, usable as a {@link KpiTarget} in {@link scorecard}.
 */
export interface ServiceLevelTarget extends KpiTarget {
  /** The threshold T in ms. */
  readonly thresholdMs: number;
  /** The share to reach, a fraction. */
  readonly targetRate: number;
  /** How abandoned contacts count. */
  readonly abandons: AbandonConvention;
  /** Abandons after a shorter wait are left out, in ms. */
  readonly shortAbandonMs: number;
  /** The scorecard floor: `targetRate`. */
  readonly atLeast: number;
  /** `'80 % answered in 20s'`. */
  readonly label: string;
}

function duration(value: unknown, name: string): number {
  let ms: number;
  try {
    ms = parseDuration(value as DurationInput);
  } catch (error) {
    throw new ServiceKitError('INVALID_OPTION', `${name}: ${(error as Error).message}`, { path: [name], cause: error });
  }
  if (ms < 0) throw new ServiceKitError('INVALID_OPTION', `${name} must not be negative`, { path: [name] });
  return ms;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/**
 * An aggregate service-level target: "`targetRate` of contacts answered within `thresholdMs`", with
 * the abandon conventions of {@link kpis!serviceLevel}.
 *
 * The target holds exactly the options `serviceLevel` (and `serviceLevelMetric`) take, so measuring
 * is `serviceLevel(calls, target)`, and it is a {@link KpiTarget} (`atLeast: targetRate`) for
 * {@link scorecard}, so the measure and the bar cannot drift apart. A wait equal to the threshold is
 * within; short abandons are left out in every convention.
 *
 * @param options - `thresholdMs`, `targetRate`, `abandons` (`'negative'` by default), `shortAbandonMs` (0).
 * @returns The target, JSON-serialisable.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a threshold that is not a non-negative duration, a
 *   `targetRate` outside (0, 1], or an unknown convention.
 * @example
 * ```ts
 * const target = serviceLevelTarget({ thresholdMs: '20s', targetRate: 0.8, shortAbandonMs: '5s' });
 * target.label
 * // => '80 % answered in 20s'
 * const openedAt = new Date('2025-01-06T09:00:00Z');
 * const after = (s: number) => new Date(openedAt.getTime() + s * 1000);
 * const calls = [
 *   { openedAt, answeredAt: after(8) }, { openedAt, answeredAt: after(15) },
 *   { openedAt, answeredAt: after(19) }, { openedAt, answeredAt: after(40) },
 *   { openedAt, abandonedAt: after(3) },
 * ];
 * scorecard({ serviceLevel: serviceLevel(calls, target) }, { serviceLevel: target }).entries[0]
 * // => { kpi: 'serviceLevel', label: '80 % answered in 20s', value: 0.75, atLeast: 0.8, atMost: null, status: 'fail' }
 * ```
 */
export function serviceLevelTarget(options: ServiceLevelTargetOptions): ServiceLevelTarget {
  const thresholdMs = duration(options?.thresholdMs, 'thresholdMs');
  const shortAbandonMs = duration(options.shortAbandonMs ?? 0, 'shortAbandonMs');
  const targetRate = options.targetRate;
  if (!(typeof targetRate === 'number' && targetRate > 0 && targetRate <= 1)) throw invalidOption('targetRate', 'a fraction in (0, 1] (0.8 for 80 %)', targetRate);
  const abandons = choiceOption(options.abandons ?? 'negative', ABANDON_CONVENTIONS, 'abandons');
  const percent = Math.round(targetRate * 10_000) / 100;
  return {
    thresholdMs,
    targetRate,
    abandons,
    shortAbandonMs,
    atLeast: targetRate,
    label: `${percent} % answered in ${seconds(thresholdMs)}`,
  };
}
