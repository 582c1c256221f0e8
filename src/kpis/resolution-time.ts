import type { Interaction } from '../models/interaction.js';
import type { Accessor, InstantValue } from './accessor.js';
import type { DurationStat } from './duration-stat.js';
import type { DurationState, ElapsedTimeOptions } from './duration-stat.js';
import { elapsedTimeMetric } from './elapsed-time.js';
import { type Metric, runMetric } from './metric.js';

/** Options for {@link resolutionTime} and {@link resolutionTimeMetric}. */
export interface ResolutionTimeOptions<Row = Interaction> extends ElapsedTimeOptions {
  /** Reads `openedAt`. */
  openedAt?: Accessor<Row, InstantValue>;
  /** Reads `resolvedAt`. */
  resolvedAt?: Accessor<Row, InstantValue>;
}

/**
 * The {@link Metric} behind {@link resolutionTime}.
 *
 * @param options - As for {@link resolutionTime}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `thresholdMs` or a level outside (0, 1);
 *   `INVALID_INPUT` for a `calendar` not made by `createCalendar`, or an instant outside the years it covers.
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * const metric = resolutionTimeMetric({ resolvedAt: (row: { openedAt: Date; closedAt?: Date }) => row.closedAt });
 * runMetric(metric, [{ openedAt: new Date(0), closedAt: new Date(60_000) }]).meanMs
 * // => 60000
 * ```
 */
export function resolutionTimeMetric<Row = Interaction>(options: ResolutionTimeOptions<Row> = {}): Metric<Row, DurationState, DurationStat> {
  type Fields = Partial<Interaction>;
  return elapsedTimeMetric<Row>(options, 'openedAt', 'resolvedAt', (row) => (row as Fields).openedAt, (row) => (row as Fields).resolvedAt);
}

/**
 * Resolution Time: how long contacts take to resolve, from `openedAt` to `resolvedAt`.
 *
 * Mean, exact median and 90th percentile in milliseconds; in calendar time by default, or in open
 * business time with `calendar` (a {@link time!BusinessCalendar}: time outside open hours does not count).
 * With `thresholdMs`, `withinThreshold` is the share resolved within it. Unresolved contacts are
 * counted in `excluded`. A reopened ticket is measured to its last `resolvedAt` (full resolution).
 *
 * @param interactions - Interactions (or any rows, with accessors).
 * @param options - `calendar`, `thresholdMs`, `level`, `openedAt`, `resolvedAt`.
 * @returns The duration statistics; duration fields are `null` when nothing was resolved.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `thresholdMs` or a level outside (0, 1);
 *   `INVALID_INPUT` for a `calendar` not made by `createCalendar`, or an instant outside the years it covers.
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows, and (path `[index, field]`) for an instant that is not a
 *   `Date` or epoch milliseconds.
 * @see docs/guide/definitions.md#resolution-time
 * @example
 * ```ts
 * const openedAt = new Date('2025-01-06T09:00:00Z');
 * resolutionTime([
 *   { openedAt, resolvedAt: new Date('2025-01-06T13:00:00Z') },
 *   { openedAt, resolvedAt: new Date('2025-01-07T09:00:00Z') },
 * ]).meanMs
 * // => 50400000
 * ```
 */
export function resolutionTime<Row = Interaction>(interactions: Iterable<Row>, options: ResolutionTimeOptions<Row> = {}): DurationStat {
  return runMetric(resolutionTimeMetric(options), interactions);
}
