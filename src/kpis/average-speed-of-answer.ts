import { optionsObject } from '../errors/options-object.js';
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
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `thresholdMs` or a level outside (0, 1)
 *   or an accessor that is not a function; `INVALID_INPUT` for an `openedAt` or `answeredAt` that is not a
 *   `Date` or epoch milliseconds.
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
  // queues wait in real time: a `calendar` given from JavaScript is left out
  return elapsedTimeMetric<Row>({ ...optionsObject(options), calendar: undefined }, 'openedAt', 'answeredAt', (row) => (row as Fields).openedAt, (row) => (row as Fields).answeredAt);
}

/**
 * Average Speed of Answer: the mean queue wait of answered calls and chats, from `openedAt` (queued)
 * to `answeredAt`, with the exact median and 90th percentile.
 *
 * `ASA = Σ (answeredAt − openedAt) / answered contacts`, in milliseconds of calendar time (callers
 * wait in real time: there is no `calendar` option). Abandoned and unanswered contacts are not in it
 * (counted in `excluded`); see {@link abandonmentRate} and {@link serviceLevel} for them.
 *
 * @param interactions - Interactions (or any rows, with accessors).
 * @param options - `thresholdMs`, `level`, `openedAt`, `answeredAt`.
 * @returns The duration statistics; duration fields are `null` when nothing was answered.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a negative `thresholdMs` or a level outside (0, 1)
 *   or an accessor that is not a function; `INVALID_INPUT` (path `[index, field]`) for an `openedAt` or
 *   `answeredAt` that is not a `Date` or epoch milliseconds, and as {@link runMetric} for the rows.
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
