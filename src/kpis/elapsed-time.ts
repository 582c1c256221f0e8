// Internal: the metric for "time from one instant to another" shared by firstResponseTime,
// resolutionTime and averageSpeedOfAnswer. Not re-exported from the package.
import { businessTimeBetween } from '../time/business-time.js';
import { type Accessor, type InstantValue, instantToMs } from './accessor.js';
import { type DurationStat, DurationState, type ElapsedTimeOptions } from './duration-stat.js';
import { durationSettings, finishDurationStat } from './duration-result.js';
import type { Metric } from './metric.js';

/**
 * The metric for the time from `from(row)` to `to(row)`: rows without both instants, or with `to`
 * before `from`, are excluded.
 */
export function elapsedTimeMetric<Row>(
  from: Accessor<Row, InstantValue>,
  to: Accessor<Row, InstantValue>,
  options: ElapsedTimeOptions,
): Metric<Row, DurationState, DurationStat> {
  const settings = durationSettings(options);
  const { thresholdMs } = settings;
  const calendar = options.calendar;
  return {
    init: () => new DurationState(),
    add:
      calendar === undefined
        ? (state, row) => {
            state.addDuration(instantToMs(to(row)) - instantToMs(from(row)), thresholdMs);
          }
        : (state, row) => {
            const start = from(row);
            const end = to(row);
            const startMs = instantToMs(start);
            const endMs = instantToMs(end);
            if (endMs >= startMs) {
              const startDate = start instanceof Date ? start : new Date(startMs);
              const endDate = end instanceof Date ? end : new Date(endMs);
              state.addDuration(businessTimeBetween(calendar, startDate, endDate), thresholdMs);
            } else {
              state.excluded++;
            }
          },
    merge: (into, from) => into.merge(from),
    finish: (state) => finishDurationStat(state, settings),
  };
}
