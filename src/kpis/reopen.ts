import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import type { Interaction } from '../models/interaction.js';
import { type Accessor, type InstantValue, instantToMs } from './accessor.js';
import { countedRateMetric } from './counted-rate.js';
import type { KpiRate, RateState } from './kpi-rate.js';
import { type Metric, runMetric } from './metric.js';

/** Options for {@link reopenRate} and {@link reopenRateMetric}. */
export interface ReopenRateOptions<Row = Interaction> {
  /** The confidence level of the interval; 0.95 by default. */
  level?: number;
  /** Reads `resolvedAt`. */
  resolvedAt?: Accessor<Row, InstantValue>;
  /** Reads `reopenCount`; missing means never reopened. */
  reopenCount?: Accessor<Row, number | null | undefined>;
}

/**
 * The {@link Metric} behind {@link reopenRate}.
 *
 * @param options - As for {@link reopenRate}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * runMetric(reopenRateMetric(), [{ resolvedAt: new Date(0), reopenCount: 1 }, { resolvedAt: new Date(0) }]).value
 * // => 0.5
 * ```
 */
export function reopenRateMetric<Row = Interaction>(options: ReopenRateOptions<Row> = {}): Metric<Row, RateState, KpiRate> {
  options = optionsObject(options);
  type Fields = Partial<Interaction>;
  const resolvedAt = functionOption(options.resolvedAt, 'resolvedAt') ?? ((row: Row) => (row as Fields).resolvedAt);
  const reopenCount = functionOption(options.reopenCount, 'reopenCount') ?? ((row: Row) => (row as Fields).reopenCount);
  return countedRateMetric<Row>((row) => {
    if ((reopenCount(row) as number) > 0) return 'success';
    return Number.isNaN(instantToMs(resolvedAt(row), 'resolvedAt')) ? 'excluded' : 'counted';
  }, options.level);
}

/**
 * Reopen rate: the share of resolved tickets that were reopened at least once.
 *
 * `reopened / resolved`, a fraction 0…1 with its Wilson interval. A ticket is resolved when it has a
 * `resolvedAt` or has been reopened (it was resolved before); reopened when `reopenCount > 0`.
 * Tickets never resolved are counted in `excluded`.
 *
 * @param interactions - Tickets (or any rows, with accessors).
 * @param options - `level`, `resolvedAt`, `reopenCount`.
 * @returns The rate with its counts; `value` and `interval` are `null` when nothing was resolved.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows, and (path `[index, field]`) for an instant that is not a
 *   `Date` or epoch milliseconds.
 * @see docs/guide/definitions.md#reopen-rate
 * @example
 * ```ts
 * const resolvedAt = new Date('2025-01-06T12:00:00Z');
 * reopenRate([{ resolvedAt, reopenCount: 2 }, { resolvedAt, reopenCount: 0 }, { resolvedAt }, {}]).value
 * // => 0.3333333333333333
 * ```
 */
export function reopenRate<Row = Interaction>(interactions: Iterable<Row>, options: ReopenRateOptions<Row> = {}): KpiRate {
  return runMetric(reopenRateMetric(options), interactions);
}
