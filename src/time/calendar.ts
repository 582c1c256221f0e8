import { z } from 'zod';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { type CalendarRules, CompiledCalendar, type DayWindows } from './compiled-calendar.js';
import { civilFromDays, DAY_MS, daysFromCivil, isKnownTimeZone } from './zone-offset.js';

/**
 * The keys of {@link BusinessCalendarDefinition.weekly}, Sunday first (matching `Date#getDay`).
 *
 * @example
 * ```ts
 * WEEKDAYS[1]
 * // => 'mon'
 * ```
 */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A key of {@link BusinessCalendarDefinition.weekly}: `'mon'` … `'sun'`. */
export type Weekday = (typeof WEEKDAYS)[number];

const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function timeOfDayMs(text: string): number {
  const match = TIME_OF_DAY.exec(text);
  if (match === null) return Number.NaN;
  if (match[1] === undefined) return DAY_MS;
  return Number(match[1]) * 3_600_000 + Number(match[2]) * 60_000;
}

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or `NaN` when it is not a date. */
function localDateDay(text: string): number {
  const match = LOCAL_DATE.exec(text);
  if (match === null) return Number.NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  return back.year === year && back.month === month && back.day === day ? days : Number.NaN;
}

/** `[start, end)` of a window in ms after local midnight; an end not after the start runs past midnight. */
function windowMs(window: readonly [string, string]): [number, number] {
  const start = timeOfDayMs(window[0]);
  const end = timeOfDayMs(window[1]);
  return [start, end > start ? end : end + DAY_MS];
}

const TimeOfDaySchema = z.string().regex(TIME_OF_DAY, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a time of day: use HH:MM from 00:00 to 24:00`,
});

/**
 * An opening window `[start, end]` as local wall-clock times `HH:MM` (`"24:00"` ends a day).
 *
 * An end that is not after the start makes the window run past midnight (`["22:00", "06:00"]`);
 * the window belongs to the day it starts on. `end == start` is a 24-hour window.
 *
 * @example
 * ```ts
 * OpeningWindowSchema.safeParse(['09:00', '17:00']).success
 * // => true
 * OpeningWindowSchema.safeParse(['25:00', '26:00']).success
 * // => false
 * ```
 */
export const OpeningWindowSchema = z.tuple([TimeOfDaySchema, TimeOfDaySchema]).superRefine((window, context) => {
  if (window[0] === '24:00') {
    context.addIssue({ code: 'custom', path: [0], message: 'a window cannot start at 24:00; start it at 00:00 of the next day' });
  }
});

/** An opening window: `[start, end]` as `HH:MM` local times (see {@link OpeningWindowSchema}). */
export type OpeningWindow = readonly [string, string];

/**
 * The opening windows of one day; they must not overlap (an overnight window's part after
 * midnight counts for this check too).
 *
 * @example
 * ```ts
 * DayHoursSchema.safeParse([['09:00', '12:00'], ['13:00', '17:00']]).success
 * // => true
 * DayHoursSchema.safeParse([['09:00', '12:00'], ['11:00', '17:00']]).success
 * // => false
 * ```
 */
export const DayHoursSchema = z.array(OpeningWindowSchema).superRefine((windows, context) => {
  const spans = windows.map((window, index) => ({ index, window, span: windowMs(window) }));
  spans.sort((a, b) => a.span[0] - b.span[0]);
  for (let k = 1; k < spans.length; k += 1) {
    const previous = spans[k - 1] as (typeof spans)[number];
    const current = spans[k] as (typeof spans)[number];
    if (current.span[0] < previous.span[1]) {
      context.addIssue({
        code: 'custom',
        path: [Math.max(previous.index, current.index)],
        message: `windows ${previous.window.join('–')} and ${current.window.join('–')} overlap`,
      });
    }
  }
});

const LocalDateSchema = z.string().refine((text) => !Number.isNaN(localDateDay(text)), {
  error: (issue) => `${JSON.stringify(issue.input)} is not a date: use YYYY-MM-DD`,
});

const WeeklyHoursSchema = z.strictObject({
  /** Monday's opening windows; missing or `[]` is closed. */
  mon: DayHoursSchema.optional(),
  /** Tuesday's opening windows; missing or `[]` is closed. */
  tue: DayHoursSchema.optional(),
  /** Wednesday's opening windows; missing or `[]` is closed. */
  wed: DayHoursSchema.optional(),
  /** Thursday's opening windows; missing or `[]` is closed. */
  thu: DayHoursSchema.optional(),
  /** Friday's opening windows; missing or `[]` is closed. */
  fri: DayHoursSchema.optional(),
  /** Saturday's opening windows; missing or `[]` is closed. */
  sat: DayHoursSchema.optional(),
  /** Sunday's opening windows; missing or `[]` is closed. */
  sun: DayHoursSchema.optional(),
});

/**
 * A business-hours calendar as data: a zone, weekly hours, holidays and per-date overrides.
 *
 * - `timeZone`: the IANA zone the wall-clock times are read in (`"America/New_York"`, `"UTC"`).
 * - `weekly`: opening windows per weekday (`mon` … `sun`); a missing day is closed. Several windows
 *   a day are allowed; `"24:00"` ends a day; a window whose end is not after its start runs past
 *   midnight and belongs to the day it starts on.
 * - `holidays`: local dates (`YYYY-MM-DD`) closed all day.
 * - `overrides`: local dates whose hours replace the weekly ones (`[]` closes the day); an override
 *   wins over a holiday on the same date.
 *
 * Holidays and overrides affect the windows that start on that date, not an overnight window that
 * started the day before. Validation names the problem and its path: an unknown zone, `"25:00"`,
 * overlapping windows on one day, a date that is not a date.
 *
 * @example
 * ```ts
 * BusinessCalendarSchema.safeParse({
 *   timeZone: 'Europe/Berlin',
 *   weekly: { mon: [['09:00', '17:00']] },
 *   holidays: ['2025-12-25'],
 * }).success
 * // => true
 * BusinessCalendarSchema.safeParse({ timeZone: 'Mars/Olympus', weekly: {} }).error?.issues[0]?.path
 * // => ['timeZone']
 * ```
 */
export const BusinessCalendarSchema = z.strictObject({
  /** The IANA time zone of the wall-clock times. */
  timeZone: z.string().refine(isKnownTimeZone, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an IANA time zone (e.g. "America/New_York")`,
  }),
  /** Opening windows per weekday; a missing day is closed. */
  weekly: WeeklyHoursSchema,
  /** Local dates closed all day. */
  holidays: z.array(LocalDateSchema).default([]),
  /** Local dates with their own hours; an empty list closes the date. */
  overrides: z
    .record(z.string(), DayHoursSchema)
    .superRefine((overrides, context) => {
      for (const date of Object.keys(overrides)) {
        if (Number.isNaN(localDateDay(date))) {
          context.addIssue({ code: 'custom', path: [date], message: `override date ${JSON.stringify(date)} is not a date: use YYYY-MM-DD` });
        }
      }
    })
    .default({}),
});

/** A business calendar as data, validated and with defaults (see {@link BusinessCalendarSchema}). */
export interface BusinessCalendarDefinition extends z.output<typeof BusinessCalendarSchema> {}

/** What {@link createCalendar} accepts: a calendar definition before defaults (see {@link BusinessCalendarSchema}). */
export type BusinessCalendarInput = z.input<typeof BusinessCalendarSchema>;

/**
 * A compiled business calendar, made by {@link createCalendar}; pass it to
 * {@link businessTimeBetween}, {@link addBusinessTime}, {@link isOpen}, {@link nextOpen} and
 * {@link nextClose}.
 *
 * It carries per-block tables (built lazily, about a year each, cached on the calendar with a
 * bounded count), so build a calendar once and reuse it.
 */
export interface BusinessCalendar {
  /** The IANA zone of the calendar's wall-clock times. */
  readonly timeZone: string;
  /** The validated definition it was built from (JSON-serialisable). */
  readonly definition: BusinessCalendarDefinition;
}

function flatWindows(windows: readonly OpeningWindow[] | undefined): DayWindows {
  const flat: number[] = [];
  for (const window of windows ?? []) flat.push(...windowMs(window));
  return flat;
}

/**
 * Validates a calendar definition and compiles it for fast business-time arithmetic.
 *
 * Wall-clock windows are turned into real instants in `timeZone` with Intl (once per day, when a
 * block of days is first used), independent of the process `TZ`. Instants from the year 1000 to
 * 9999 work without configuration; tables are built lazily and their number is bounded.
 *
 * @param definition - The calendar (see {@link BusinessCalendarSchema}).
 * @returns The compiled calendar.
 * @throws {@link errors!ServiceKitError} `INVALID_CALENDAR` naming the problem and its `path` (unknown zone,
 *   `"25:00"`, overlapping windows, an override date that is not a date); the zod error is its `cause`.
 * @example
 * ```ts
 * const calendar = createCalendar({
 *   timeZone: 'America/New_York',
 *   weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
 *   holidays: ['2025-12-25'],
 * });
 * calendar.timeZone
 * // => 'America/New_York'
 * ```
 */
export function createCalendar(definition: BusinessCalendarInput): BusinessCalendar {
  const parsed = BusinessCalendarSchema.safeParse(definition);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const path = (first?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
    const where = path.length === 0 ? 'calendar' : path.join('.');
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
    throw new ServiceKitError('INVALID_CALENDAR', `${where}: ${first?.message ?? 'invalid calendar'}${more}`, {
      path,
      cause: parsed.error,
    });
  }
  const value = parsed.data;
  const overrides = new Map<number, DayWindows>();
  for (const [date, windows] of Object.entries(value.overrides)) overrides.set(localDateDay(date), flatWindows(windows));
  const rules: CalendarRules = {
    timeZone: value.timeZone,
    weekly: WEEKDAYS.map((weekday) => flatWindows(value.weekly[weekday])),
    holidays: new Set(value.holidays.map(localDateDay)),
    overrides,
  };
  return new CompiledCalendar(value, rules);
}

/**
 * The calendar that is always open: 24 hours a day, 7 days a week, in UTC. Business time equals
 * elapsed time.
 *
 * @example
 * ```ts
 * businessTimeBetween(ALWAYS_OPEN, new Date('2025-01-04T00:00:00Z'), new Date('2025-01-05T00:00:00Z'))
 * // => 86400000
 * ```
 */
export const ALWAYS_OPEN: BusinessCalendar = /* @__PURE__ */ createCalendar({
  timeZone: 'UTC',
  weekly: {
    mon: [['00:00', '24:00']],
    tue: [['00:00', '24:00']],
    wed: [['00:00', '24:00']],
    thu: [['00:00', '24:00']],
    fri: [['00:00', '24:00']],
    sat: [['00:00', '24:00']],
    sun: [['00:00', '24:00']],
  },
});
