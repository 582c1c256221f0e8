// Internal (not re-exported): calendar periods as numbers, and the keys that name them. A period's
// number counts days, weeks, months or quarters from an origin; periodKey is the number of an
// instant's local day, named. summarize groups by the numbers and names each group once.
import { describeValue } from '../errors/describe-value.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Period } from './period.js';
import { civilFromDays, daysFromCivil, formatDay, formatYear, isKnownTimeZone } from './zone-offset.js';

/** A period with the zone and first weekday that number it, checked and defaulted by {@link periodRule}. */
export interface PeriodRule {
  readonly period: Period;
  readonly timeZone: string;
  /** The first day of a week (0 = Sunday); 1 for periods other than weeks. */
  readonly weekStartsOn: number;
}

const PERIODS: readonly unknown[] = ['day', 'week', 'month', 'quarter'];
const checkedZones = new Set<unknown>(['UTC']);

/**
 * A period and its options checked, with their defaults (`UTC`, Monday), as `periodKey`,
 * summarize's key parts and cohortRetention (`name` `'interval'`) take them; INVALID_OPTION at
 * `[]` for options that are not an object, then at `['timeZone']`, `[name]` or `['weekStartsOn']`.
 */
export function periodRule(period: unknown, options: { readonly timeZone?: unknown; readonly weekStartsOn?: unknown } | undefined, name = 'period'): PeriodRule {
  const { timeZone = 'UTC', weekStartsOn: weekStart } = optionsObject(options);
  if (!checkedZones.has(timeZone)) {
    if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) {
      throw new ServiceKitError('INVALID_OPTION', `timeZone ${describeValue(timeZone)} is not an IANA time zone`, { path: ['timeZone'] });
    }
    checkedZones.add(timeZone);
  }
  if (!PERIODS.includes(period)) {
    throw new ServiceKitError('INVALID_OPTION', `${name} ${describeValue(period)} is not one of ${PERIODS.join(', ')}`, { path: [name] });
  }
  const weekStartsOn = period === 'week' ? (weekStart ?? 1) : 1;
  if (!Number.isInteger(weekStartsOn) || (weekStartsOn as number) < 0 || (weekStartsOn as number) > 6) {
    throw new ServiceKitError('INVALID_OPTION', `weekStartsOn ${describeValue(weekStartsOn)} is not a weekday 0 (Sunday) to 6`, { path: ['weekStartsOn'] });
  }
  return { period: period as Period, timeZone: timeZone as string, weekStartsOn: weekStartsOn as number };
}

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

/** The number of the period that contains local day `days` (days from 1970-01-01); weeks start on `weekStartsOn` (0 = Sunday). */
export function periodNumber(days: number, period: Period, weekStartsOn: number): number {
  switch (period) {
    case 'day':
      return days;
    case 'week':
      // day 0 (1970-01-01) is a Thursday (weekday 4)
      return Math.floor((days + 4 - weekStartsOn) / 7);
    case 'month': {
      const { year, month } = civilFromDays(days);
      return year * 12 + month - 1;
    }
    default: {
      const { year, month } = civilFromDays(days);
      return year * 4 + Math.floor((month - 1) / 3);
    }
  }
}

/** The first local day (days from 1970-01-01) of period `number` ({@link periodNumber}). */
export function periodFirstDay(number: number, period: Period, weekStartsOn: number): number {
  if (period === 'day') return number;
  if (period === 'week') return number * 7 - 4 + weekStartsOn;
  const perYear = period === 'month' ? 12 : 4;
  const year = Math.floor(number / perYear);
  return daysFromCivil(year, (number - year * perYear) * (12 / perYear) + 1, 1);
}

/**
 * The key of period `number` ({@link periodNumber}): day `2025-01-06`, ISO week `2025-W02` (weeks
 * from Monday) or the date of the week's first day, month `2025-01`, quarter `2025-Q1`.
 */
export function periodLabel(number: number, period: Period, weekStartsOn: number): string {
  switch (period) {
    case 'day':
      return formatDay(number);
    case 'week': {
      const first = periodFirstDay(number, period, weekStartsOn);
      return weekStartsOn === 1 ? isoWeek(first) : formatDay(first);
    }
    case 'month': {
      const year = Math.floor(number / 12);
      return `${formatYear(year)}-${pad2(number - year * 12 + 1)}`;
    }
    default: {
      const year = Math.floor(number / 4);
      return `${formatYear(year)}-Q${number - year * 4 + 1}`;
    }
  }
}
