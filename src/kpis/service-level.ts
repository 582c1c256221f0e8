import { choiceOption } from '../errors/choice-option.js';
import { optionsObject } from '../errors/options-object.js';
import type { Interaction } from '../models/interaction.js';
import { rateFromCounts } from '../stats/bounds.js';
import type { Accessor, InstantValue } from './accessor.js';
import type { KpiRate } from './kpi-rate.js';
import { type Metric, runMetric } from './metric.js';
import { criticalValueOption, durationOption } from './option-checks.js';
import { queueOutcomes } from './queue-outcomes.js';

/**
 * How abandoned contacts count in a service level (short abandons are left out in every convention):
 * - `'negative'`: every abandon counts against: `answered within T / (answered + abandoned)`;
 * - `'ignore'`: abandons are left out: `answered within T / answered`;
 * - `'positive'`: an abandon within T counts as met, one after T against:
 *   `(answered within T + abandoned within T) / (answered + abandoned)`;
 * - `'negative-after-threshold'`: an abandon within T is left out, one after T counts against:
 *   `answered within T / (answered + abandoned after T)`.
 */
export type AbandonConvention = 'negative' | 'ignore' | 'positive' | 'negative-after-threshold';

/**
 * Every {@link AbandonConvention}, in the order the documentation lists them.
 *
 * @example
 * ```ts
 * ABANDON_CONVENTIONS.length
 * // => 4
 * ```
 */
export const ABANDON_CONVENTIONS: readonly AbandonConvention[] = ['negative', 'ignore', 'positive', 'negative-after-threshold'];

/**
 * The accessors of a queue metric ({@link serviceLevel}, {@link abandonmentRate}): when a contact
 * entered the queue and when it was answered or abandoned. Each defaults to the field of that name.
 */
export interface QueueAccessors<Row = Interaction> {
  /** Reads `openedAt` (when the contact entered the queue). */
  openedAt?: Accessor<Row, InstantValue>;
  /** Reads `answeredAt`. */
  answeredAt?: Accessor<Row, InstantValue>;
  /** Reads `abandonedAt`. */
  abandonedAt?: Accessor<Row, InstantValue>;
}

/** Options for {@link serviceLevel} and {@link serviceLevelMetric}. */
export interface ServiceLevelOptions<Row = Interaction> extends QueueAccessors<Row> {
  /** The answer-time threshold T in milliseconds ("80 % in 20 s": 20 000). A wait equal to T is within. */
  thresholdMs: number;
  /** How abandoned contacts count; `'negative'` by default. */
  abandons?: AbandonConvention;
  /** Abandons after a wait shorter than this are left out of numerator and denominator; 0 by default. */
  shortAbandonMs?: number;
  /** The confidence level of the interval; 0.95 by default. */
  level?: number;
}

/** The service level with the counts behind it. */
export interface ServiceLevelResult extends KpiRate {
  /** Answered contacts. */
  readonly answered: number;
  /** Answered contacts with a wait ≤ T. */
  readonly answeredWithinThreshold: number;
  /** Abandoned contacts, short abandons not included. */
  readonly abandoned: number;
  /** Abandoned contacts (not short) with a wait ≤ T. */
  readonly abandonedWithinThreshold: number;
  /** Abandons after a wait shorter than `shortAbandonMs`. */
  readonly shortAbandoned: number;
}

/** The running state of {@link serviceLevelMetric} and {@link abandonmentRateMetric}. */
export interface QueueOutcomeState {
  /** Contacts answered (at any wait). */
  answered: number;
  /** Contacts answered within the threshold. */
  answeredWithin: number;
  /** Contacts abandoned after the short-abandon threshold. */
  abandoned: number;
  /** Abandoned contacts that waited no longer than the threshold. */
  abandonedWithin: number;
  /** Contacts abandoned before the short-abandon threshold (left out everywhere). */
  shortAbandoned: number;
  /** Rows left out (no usable value). */
  excluded: number;
}

/**
 * The {@link Metric} behind {@link serviceLevel}.
 *
 * @param options - As for {@link serviceLevel}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a missing or negative `thresholdMs`, a negative
 *   `shortAbandonMs`, an unknown `abandons` convention or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * const metric = serviceLevelMetric({ thresholdMs: 20_000, abandons: 'ignore' });
 * runMetric(metric, [{ openedAt: new Date(0), answeredAt: new Date(20_000) }]).value
 * // => 1
 * ```
 */
export function serviceLevelMetric<Row = Interaction>(options: ServiceLevelOptions<Row>): Metric<Row, QueueOutcomeState, ServiceLevelResult> {
  options = optionsObject(options);
  const thresholdMs = durationOption(options.thresholdMs, 'thresholdMs');
  const shortAbandonMs = durationOption(options.shortAbandonMs ?? 0, 'shortAbandonMs');
  const abandons = choiceOption(options.abandons ?? 'negative', ABANDON_CONVENTIONS, 'abandons');
  const { z, level } = criticalValueOption(options.level);
  return {
    ...queueOutcomes(options, thresholdMs, shortAbandonMs),
    finish(state) {
      const { answered, answeredWithin, abandoned, abandonedWithin, shortAbandoned, excluded } = state;
      let numerator = answeredWithin;
      let denominator = answered + abandoned;
      if (abandons === 'ignore') denominator = answered;
      else if (abandons === 'positive') numerator += abandonedWithin;
      else if (abandons === 'negative-after-threshold') denominator -= abandonedWithin;
      return {
        ...rateFromCounts(numerator, denominator, z, level),
        excluded,
        answered,
        answeredWithinThreshold: answeredWithin,
        abandoned,
        abandonedWithinThreshold: abandonedWithin,
        shortAbandoned,
      };
    },
  };
}

/**
 * Service level: the share of contacts answered within a threshold T ("80 % of calls in 20 seconds").
 *
 * The wait is `answeredAt − openedAt` (or `abandonedAt − openedAt`); a wait equal to T is within.
 * `abandons` picks the convention for abandoned contacts (see {@link AbandonConvention}), `'negative'`
 * by default: `answered within T / (answered + abandoned)`. Abandons after less than `shortAbandonMs`
 * are left out of numerator and denominator in every convention. Contacts neither answered nor
 * abandoned are counted in `excluded`.
 *
 * @param interactions - Calls, chats (or any rows, with accessors).
 * @param options - `thresholdMs` (required), `abandons`, `shortAbandonMs`, `level`, and accessors.
 * @returns The rate with its counts; `value` and `interval` are `null` when the denominator is 0.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a missing or negative `thresholdMs`, a negative
 *   `shortAbandonMs`, an unknown convention or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows, and (path `[index, field]`) for an instant that is not a
 *   `Date` or epoch milliseconds.
 * @see docs/guide/definitions.md#service-level
 * @example
 * ```ts
 * const openedAt = new Date('2025-01-06T09:00:00Z');
 * const after = (seconds: number) => new Date(openedAt.getTime() + seconds * 1000);
 * const calls = [
 *   { openedAt, answeredAt: after(5) },
 *   { openedAt, answeredAt: after(20) },
 *   { openedAt, answeredAt: after(45) },
 *   { openedAt, abandonedAt: after(10) },
 *   { openedAt, abandonedAt: after(3) },
 * ];
 * serviceLevel(calls, { thresholdMs: 20_000, shortAbandonMs: 5_000 }).value
 * // => 0.5
 * serviceLevel(calls, { thresholdMs: 20_000, shortAbandonMs: 5_000, abandons: 'positive' }).value
 * // => 0.75
 * ```
 */
export function serviceLevel<Row = Interaction>(interactions: Iterable<Row>, options: ServiceLevelOptions<Row>): ServiceLevelResult {
  return runMetric(serviceLevelMetric(options), interactions);
}
