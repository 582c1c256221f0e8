import type { Interaction } from '../models/interaction.js';
import type { Accessor, InstantValue } from './accessor.js';
import type { DurationStat } from './duration-stat.js';
import type { DurationState, DurationStatOptions } from './duration-stat.js';
import { elapsedTimeMetric } from './elapsed-time.js';
import { type Metric, runMetric } from './metric.js';

/** Options for {@link averageSpeedOfAnswer} and {@link averageSpeedOfAnswerMetric}. */
export interface AverageSpeedOfAnswerOptions<Row = Interaction> extends DurationStatOptions {
  /** Reads `openedAt` (when the contact entered the queue). */
  openedAt?: Accessor<Row, InstantValue>;
  /** Reads `answeredAt`. */
  answeredAt?: Accessor<Row, InstantValue>;
}

/**
 * The {@link Metric} behind {@link averageSpeedOfAnswer}.
 *
 * @param options - As for {@link averageSpeedOfAnswer}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `thresholdMs` or a level outside (0, 1);
 *   `INVALID_INPUT` for a `calendar` not made by `createCalendar`, or an instant outside the years it covers.
 * @example
 * ```ts
 * runMetric(averageSpeedOfAnswerMetric(), [{ openedAt: new Date(0), answeredAt: new Date(20_000) }]).meanMs
 * // => 20000
 * ```
 */
export function averageSpeedOfAnswerMetric<Row = Interaction>(
  options: AverageSpeedOfAnswerOptions<Row> = {},
): Metric<Row, DurationState, DurationStat> {
  type Fields = Partial<Interaction>;
  return elapsedTimeMetric<Row>(
    options.openedAt ?? ((row) => (row as Fields).openedAt),
    options.answeredAt ?? ((row) => (row as Fields).answeredAt),
    { ...(options.thresholdMs === undefined ? {} : { thresholdMs: options.thresholdMs }), ...(options.level === undefined ? {} : { level: options.level }) },
    { from: options.openedAt === undefined ? 'openedAt' : undefined, to: options.answeredAt === undefined ? 'answeredAt' : undefined },
  );
}

/**
 * Average Speed of Answer: the mean queue wait of answered calls and chats, from `openedAt` (queued)
 * to `answeredAt`, with the exact median and 90th percentile.
 *
 * `ASA = Σ (answeredAt − openedAt) / answered contacts`, in milliseconds of calendar time. Abandoned
 * and unanswered contacts are not in it (counted in `excluded`); see {@link abandonmentRate} and
 * {@link serviceLevel} for them.
 *
 * @param interactions - Interactions (or any rows, with accessors).
 * @param options - `thresholdMs`, `level`, `openedAt`, `answeredAt`.
 * @returns The duration statistics; duration fields are `null` when nothing was answered.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `thresholdMs` or a level outside (0, 1);
 *   `INVALID_INPUT` for a `calendar` not made by `createCalendar`, or an instant outside the years it covers.
 * @see docs/guide/definitions.md#average-speed-of-answer
 * @example
 * ```ts
 * const openedAt = new Date('2025-01-06T09:00:00Z');
 * averageSpeedOfAnswer([
 *   { openedAt, answeredAt: new Date('2025-01-06T09:00:10Z') },
 *   { openedAt, answeredAt: new Date('2025-01-06T09:00:50Z') },
 *   { openedAt, abandonedAt: new Date('2025-01-06T09:02:00Z') },
 * ]).meanMs
 * // => 30000
 * ```
 */
export function averageSpeedOfAnswer<Row = Interaction>(interactions: Iterable<Row>, options: AverageSpeedOfAnswerOptions<Row> = {}): DurationStat {
  return runMetric(averageSpeedOfAnswerMetric(options), interactions);
}
