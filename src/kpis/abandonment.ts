import { optionsObject } from '../errors/options-object.js';
import type { Interaction } from '../models/interaction.js';
import { rateFromCounts } from '../stats/bounds.js';
import type { KpiRate } from './kpi-rate.js';
import { type Metric, runMetric } from './metric.js';
import { criticalValueOption, durationOption } from './option-checks.js';
import { queueOutcomes } from './queue-outcomes.js';
import type { QueueAccessors, QueueOutcomeState } from './service-level.js';

/** Options for {@link abandonmentRate} and {@link abandonmentRateMetric}. */
export interface AbandonmentRateOptions<Row = Interaction> extends QueueAccessors<Row> {
  /** Abandons after a wait shorter than this are left out of numerator and denominator; 0 by default. */
  shortAbandonMs?: number;
  /** The confidence level of the interval; 0.95 by default. */
  level?: number;
}

/** The abandonment rate with the counts behind it. */
export interface AbandonmentResult extends KpiRate {
  /** Answered contacts. */
  readonly answered: number;
  /** Abandoned contacts, short abandons not included (the numerator). */
  readonly abandoned: number;
  /** Abandons after a wait shorter than `shortAbandonMs`. */
  readonly shortAbandoned: number;
}

/**
 * The {@link Metric} behind {@link abandonmentRate}.
 *
 * @param options - As for {@link abandonmentRate}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `shortAbandonMs` or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * runMetric(abandonmentRateMetric(), [{ openedAt: new Date(0), abandonedAt: new Date(9_000) }]).value
 * // => 1
 * ```
 */
export function abandonmentRateMetric<Row = Interaction>(options: AbandonmentRateOptions<Row> = {}): Metric<Row, QueueOutcomeState, AbandonmentResult> {
  options = optionsObject(options);
  const shortAbandonMs = durationOption(options.shortAbandonMs ?? 0, 'shortAbandonMs');
  const { z, level } = criticalValueOption(options.level);
  return {
    ...queueOutcomes(options, Number.POSITIVE_INFINITY, shortAbandonMs),
    finish(state) {
      const { answered, abandoned, shortAbandoned, excluded } = state;
      return { ...rateFromCounts(abandoned, answered + abandoned, z, level), excluded, answered, abandoned, shortAbandoned };
    },
  };
}

/**
 * Abandonment rate: the share of offered contacts that the customer abandoned before an answer.
 *
 * `abandoned / (answered + abandoned)`, a fraction 0…1 with its Wilson interval. A contact with
 * `answeredAt` is answered; one with `abandonedAt` and no `answeredAt` is abandoned; abandons after
 * less than `shortAbandonMs` (misdials, hang-ups during the greeting) are left out of both counts;
 * contacts with neither instant are counted in `excluded`.
 *
 * @param interactions - Calls, chats (or any rows, with accessors).
 * @param options - `shortAbandonMs`, `level`, and accessors.
 * @returns The rate with its counts; `value` and `interval` are `null` when nothing was offered.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `shortAbandonMs` or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows, and (path `[index, field]`) for an instant that is not a
 *   `Date` or epoch milliseconds.
 * @see docs/guide/definitions.md#abandonment-rate
 * @example
 * ```ts
 * const openedAt = new Date('2025-01-06T09:00:00Z');
 * const after = (seconds: number) => new Date(openedAt.getTime() + seconds * 1000);
 * abandonmentRate(
 *   [{ openedAt, answeredAt: after(30) }, { openedAt, abandonedAt: after(60) }, { openedAt, abandonedAt: after(2) }],
 *   { shortAbandonMs: 5_000 },
 * ).value
 * // => 0.5
 * ```
 */
export function abandonmentRate<Row = Interaction>(interactions: Iterable<Row>, options: AbandonmentRateOptions<Row> = {}): AbandonmentResult {
  return runMetric(abandonmentRateMetric(options), interactions);
}
