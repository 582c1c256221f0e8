import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { periodLabel, periodNumber, periodRule } from './period-number.js';
import { localDayOf } from './zone-offset.js';

/** A calendar period that {@link periodKey} groups instants by. */
export type Period = 'day' | 'week' | 'month' | 'quarter';

/** A day of the week as a number: 0 = Sunday, 1 = Monday, … 6 = Saturday. */
export type WeekdayNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Options for {@link periodKey}. */
export interface PeriodKeyOptions {
  /** The IANA zone whose local dates define the periods; defaults to `UTC`. */
  timeZone?: string;
  /** The first day of a week, 0 = Sunday … 6 = Saturday; defaults to 1 (Monday, ISO weeks). */
  weekStartsOn?: WeekdayNumber;
}

/**
 * The key of the calendar period that contains an instant, in a time zone: for grouping rows by
 * day, week, month or quarter.
 *
 * Keys are strings that sort in time order: day `2025-01-06`, month `2025-01`, quarter `2025-Q1`,
 * and week `2025-W02` (the ISO 8601 week-year and week, weeks starting on Monday) by default. With
 * another `weekStartsOn` the week key is the date of the week's first day (`2025-01-05`). Periods
 * follow local dates in `timeZone` (default `UTC`), independent of the process `TZ`.
 *
 * @param at - The instant.
 * @param period - `'day'`, `'week'`, `'month'` or `'quarter'`.
 * @param options - `timeZone` (IANA, default `UTC`) and `weekStartsOn` (0 = Sunday … 6, default 1).
 * @returns The period's key; every valid `Date` has one, in any zone (years past 9999 as `+275760-09-13`).
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an invalid `Date`; `INVALID_OPTION` for an
 *   unknown period, zone or `weekStartsOn`, or options that are not an object.
 * @example
 * ```ts
 * const at = new Date('2025-01-06T03:00:00Z');
 * periodKey(at, 'day')
 * // => '2025-01-06'
 * periodKey(at, 'day', { timeZone: 'America/New_York' })
 * // => '2025-01-05'
 * periodKey(at, 'week')
 * // => '2025-W02'
 * periodKey(at, 'week', { weekStartsOn: 0 })
 * // => '2025-01-05'
 * periodKey(at, 'quarter')
 * // => '2025-Q1'
 * ```
 */
export function periodKey(at: Date, period: Period, options?: PeriodKeyOptions): string {
  const t = at instanceof Date ? at.getTime() : Number.NaN;
  if (!Number.isFinite(t)) {
    throw new ServiceKitError('INVALID_INPUT', `at must be a valid Date; got ${describeValue(at)}`, { path: ['at'] });
  }
  const rule = periodRule(period, options);
  return periodLabel(periodNumber(localDayOf(rule.timeZone, t), rule.period, rule.weekStartsOn), rule.period, rule.weekStartsOn);
}
