import type { Interaction } from '../models/interaction.js';
import type { Accessor, InstantValue } from './accessor.js';
import type { DurationStat } from './duration-stat.js';
import type { DurationState, ElapsedTimeOptions } from './duration-stat.js';
import { elapsedTimeMetric } from './elapsed-time.js';
import { type Metric, runMetric } from './metric.js';

/** Options for {@link firstResponseTime} and {@link firstResponseTimeMetric}. */
export interface FirstResponseTimeOptions<Row = Interaction> extends ElapsedTimeOptions {
  /** Reads `openedAt`. */
  openedAt?: Accessor<Row, InstantValue>;
  /** Reads `firstResponseAt`. */
  firstResponseAt?: Accessor<Row, InstantValue>;
}

/**
 * The {@link Metric} behind {@link firstResponseTime}.
 *
 * @param options - As for {@link firstResponseTime}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `thresholdMs` or a level outside (0, 1);
 *   `INVALID_INPUT` for a `calendar` not made by `createCalendar`, or an instant outside the years it covers.
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * const metric = firstResponseTimeMetric({ thresholdMs: 3_600_000 });
 * const openedAt = new Date('2025-01-06T09:00:00Z');
 * runMetric(metric, [{ openedAt, firstResponseAt: new Date('2025-01-06T09:30:00Z') }]).withinThreshold.value
 * // => 1
 * ```
 */
export function firstResponseTimeMetric<Row = Interaction>(
  options: FirstResponseTimeOptions<Row> = {},
): Metric<Row, DurationState, DurationStat> {
  type Fields = Partial<Interaction>;
  return elapsedTimeMetric<Row>(options, 'openedAt', 'firstResponseAt', (row) => (row as Fields).openedAt, (row) => (row as Fields).firstResponseAt);
}

/**
 * First Response Time: how long customers wait for the first agent reply, from `openedAt` to
 * `firstResponseAt`.
 *
 * Mean, exact median and 90th percentile in milliseconds; in calendar time by default, or in open
 * business time with `calendar` (a {@link time!BusinessCalendar}). With `thresholdMs`, `withinThreshold` is
 * the share answered within it (a reply exactly at the threshold is within). Contacts not yet
 * answered are counted in `excluded`.
 *
 * @param interactions - Interactions (or any rows, with accessors).
 * @param options - `calendar`, `thresholdMs`, `level`, `openedAt`, `firstResponseAt`.
 * @returns The duration statistics; duration fields are `null` when nothing was answered.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `thresholdMs` or a level outside (0, 1);
 *   `INVALID_INPUT` for a `calendar` not made by `createCalendar`, or an instant outside the years it covers.
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows, and (path `[index, field]`) for an instant that is not a
 *   `Date` or epoch milliseconds.
 * @see docs/guide/definitions.md#first-response-time
 * @example
 * ```ts
 * const openedAt = new Date('2025-01-06T09:00:00Z');
 * const tickets = [
 *   { openedAt, firstResponseAt: new Date('2025-01-06T09:20:00Z') },
 *   { openedAt, firstResponseAt: new Date('2025-01-06T11:00:00Z') },
 *   { openedAt },
 * ];
 * firstResponseTime(tickets).medianMs
 * // => 4200000
 * firstResponseTime(tickets, { thresholdMs: 3_600_000 }).withinThreshold.value
 * // => 0.5
 * ```
 */
export function firstResponseTime<Row = Interaction>(interactions: Iterable<Row>, options: FirstResponseTimeOptions<Row> = {}): DurationStat {
  return runMetric(firstResponseTimeMetric(options), interactions);
}
