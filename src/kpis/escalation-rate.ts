import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import type { Interaction } from '../models/interaction.js';
import type { Accessor } from './accessor.js';
import { countedRateMetric } from './counted-rate.js';
import type { KpiRate, RateState } from './kpi-rate.js';
import { type Metric, runMetric } from './metric.js';
import { wholeNumberOption } from './option-checks.js';

/** Options for {@link escalationRate} and {@link escalationRateMetric}. */
export interface EscalationRateOptions<Row = Interaction> {
  /** The lowest escalation level that counts as escalated; 1 by default. */
  fromLevel?: number;
  /** The confidence level of the interval; 0.95 by default. */
  level?: number;
  /** Reads `escalationLevel`; missing means not escalated (level 0). */
  escalationLevel?: Accessor<Row, number | null | undefined>;
}

/**
 * The {@link Metric} behind {@link escalationRate}.
 *
 * @param options - As for {@link escalationRate}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a `fromLevel` below 1 or fractional, or a level
 *   outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * runMetric(escalationRateMetric({ fromLevel: 2 }), [{ escalationLevel: 1 }, { escalationLevel: 2 }]).value
 * // => 0.5
 * ```
 */
export function escalationRateMetric<Row = Interaction>(options: EscalationRateOptions<Row> = {}): Metric<Row, RateState, KpiRate> {
  options = optionsObject(options);
  const fromLevel = wholeNumberOption(options.fromLevel ?? 1, 1, 'fromLevel');
  const escalationLevel = functionOption(options.escalationLevel, 'escalationLevel') ?? ((row: Row) => (row as Partial<Interaction>).escalationLevel);
  return countedRateMetric<Row>((row) => {
    const value = escalationLevel(row);
    if (value === undefined || value === null) return 'counted';
    if (typeof value === 'number' && value >= 0 && value !== Number.POSITIVE_INFINITY) return value >= fromLevel ? 'success' : 'counted';
    return 'excluded';
  }, options.level);
}

/**
 * Escalation rate: the share of contacts escalated (to a higher tier, a specialist or a manager).
 *
 * `escalated / contacts`, a fraction 0…1 with its Wilson interval; a contact is escalated when its
 * `escalationLevel` is at least `fromLevel` (1). A missing level counts as 0 (not escalated); a
 * negative or non-finite one is counted in `excluded`.
 *
 * @param interactions - Interactions (or any rows, with accessors).
 * @param options - `fromLevel`, `level`, `escalationLevel`.
 * @returns The rate with its counts; `value` and `interval` are `null` for no contacts.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a bad `fromLevel` or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows.
 * @see docs/guide/definitions.md#escalation-rate
 * @example
 * ```ts
 * escalationRate([{ escalationLevel: 0 }, { escalationLevel: 2 }, {}, { escalationLevel: 1 }]).value
 * // => 0.5
 * ```
 */
export function escalationRate<Row = Interaction>(interactions: Iterable<Row>, options: EscalationRateOptions<Row> = {}): KpiRate {
  return runMetric(escalationRateMetric(options), interactions);
}
