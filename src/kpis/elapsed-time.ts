// Internal: the metric for "time from one instant to another" shared by firstResponseTime,
// resolutionTime and averageSpeedOfAnswer. Not re-exported from the package.
import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import { businessTimeBetweenMs, compiledCalendar } from '../time/business-time-ms.js';
import { type Accessor, type InstantValue, instantToMs } from './accessor.js';
import { durationSettings, finishDurationStat } from './duration-result.js';
import { type DurationStat, DurationState, type ElapsedTimeOptions } from './duration-stat.js';
import { addDurationsByGroup } from './durations-by-group.js';
import type { Metric } from './metric.js';

/** The instant columns of an InteractionTable, which a metric with default accessors reads directly. */
export type InstantColumn = 'openedAt' | 'answeredAt' | 'firstResponseAt' | 'resolvedAt' | 'closedAt' | 'abandonedAt';

/**
 * The metric for the time from the instant `fromName` to `toName` (options of those names read them,
 * else `defaultFrom` and `defaultTo`): rows without both instants, or with `to` before `from`, are
 * excluded; errors name the fields. Over a table, a field read by its default accessor is read from
 * its column directly.
 */
export function elapsedTimeMetric<Row>(
  options: ElapsedTimeOptions & { readonly [Name in InstantColumn]?: Accessor<Row, InstantValue> },
  fromName: InstantColumn,
  toName: InstantColumn,
  defaultFrom: Accessor<Row, InstantValue>,
  defaultTo: Accessor<Row, InstantValue>,
): Metric<Row, DurationState, DurationStat> {
  options = optionsObject(options);
  const settings = durationSettings(options);
  const { thresholdMs } = settings;
  const calendar = options.calendar === undefined ? null : compiledCalendar(options.calendar);
  const from = functionOption(options[fromName], fromName) ?? defaultFrom;
  const to = functionOption(options[toName], toName) ?? defaultTo;
  const columns = { from: options[fromName] === undefined ? fromName : undefined, to: options[toName] === undefined ? toName : undefined };
  /** The time from `startMs` to `endMs`: open time in the calendar (its INVALID_INPUT for an instant it does not cover), else elapsed time (negative when `endMs` is earlier, NaN when either is absent: both excluded); with a calendar NaN when `endMs` is earlier. */
  const timeBetween = (startMs: number, endMs: number): number =>
    calendar === null ? endMs - startMs : endMs >= startMs ? businessTimeBetweenMs(calendar, startMs, endMs, fromName, toName) : Number.NaN;
  return {
    init: () => new DurationState(),
    add: (state, row) => {
      state.addDuration(timeBetween(instantToMs(from(row), fromName), instantToMs(to(row), toName)), thresholdMs);
    },
    addTable:
      columns.from === undefined && columns.to === undefined
        ? undefined
        : (states, groups, table, row) => {
          const fromColumn = columns.from === undefined ? null : table[columns.from];
          const toColumn = columns.to === undefined ? null : table[columns.to];
          addDurationsByGroup(states as readonly DurationState[], groups, thresholdMs, (durations) => {
            for (let index = 0; index < groups.length; index++) {
              let start: number;
              let end: number;
              if (fromColumn === null || toColumn === null) row.index = index;
              if (fromColumn !== null) start = fromColumn[index] as number;
              else start = instantToMs(from(row as unknown as Row), fromName);
              if (toColumn !== null) end = toColumn[index] as number;
              else end = instantToMs(to(row as unknown as Row), toName);
              durations[index] = timeBetween(start, end);
            }
          });
        },
    merge: (into, from) => into.merge(from),
    finish: (state) => finishDurationStat(state, settings),
  };
}
