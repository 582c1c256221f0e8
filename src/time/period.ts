import { ServiceKitError } from '../errors/service-kit-error.js';
import { civilFromDays, daysFromCivil, formatDay, formatYear, isKnownTimeZone, localDayOf } from './zone-offset.js';

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

const PERIODS: readonly string[] = ['day', 'week', 'month', 'quarter'];
const checkedZones = new Set<string>(['UTC']);

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** ISO 8601 week-year and week number of a day number (weeks start on Monday). */
function isoWeek(days: number): string {
  const isoWeekday = ((((days + 3) % 7) + 7) % 7) + 1; // 1 = Monday … 7 = Sunday
  const thursday = days - isoWeekday + 4; // the Thursday of this ISO week names its year
  const { year } = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${formatYear(year)}-W${pad2(week)}`;
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
 * @returns The period's key.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an invalid `Date`; `INVALID_OPTION` for an
 *   unknown period, zone or `weekStartsOn`.
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
export function periodKey(at: Date, period: Period, options: PeriodKeyOptions = {}): string {
  const t = at instanceof Date ? at.getTime() : Number.NaN;
  if (!Number.isFinite(t)) {
    throw new ServiceKitError('INVALID_INPUT', `periodKey needs a valid Date, received ${String(at)}`, { path: ['at'] });
  }
  const timeZone = options.timeZone ?? 'UTC';
  if (!checkedZones.has(timeZone)) {
    if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) {
      throw new ServiceKitError('INVALID_OPTION', `timeZone ${JSON.stringify(timeZone)} is not an IANA time zone`, {
        path: ['timeZone'],
      });
    }
    checkedZones.add(timeZone);
  }
  const days = localDayOf(timeZone, t);
  switch (period) {
    case 'day':
      return formatDay(days);
    case 'month': {
      const { year, month } = civilFromDays(days);
      return `${formatYear(year)}-${pad2(month)}`;
    }
    case 'quarter': {
      const { year, month } = civilFromDays(days);
      return `${formatYear(year)}-Q${Math.floor((month - 1) / 3) + 1}`;
    }
    case 'week': {
      const weekStartsOn = options.weekStartsOn ?? 1;
      if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
        throw new ServiceKitError('INVALID_OPTION', `weekStartsOn ${String(weekStartsOn)} is not a weekday 0 (Sunday) to 6`, {
          path: ['weekStartsOn'],
        });
      }
      if (weekStartsOn === 1) return isoWeek(days);
      const weekday = (((days + 4) % 7) + 7) % 7; // 0 = Sunday
      return formatDay(days - ((weekday - weekStartsOn + 7) % 7));
    }
    default:
      throw new ServiceKitError('INVALID_OPTION', `period ${JSON.stringify(period)} is not one of ${PERIODS.join(', ')}`, {
        path: ['period'],
      });
  }
}
