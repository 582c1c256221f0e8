import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { compiledCalendar, uncoveredInstant } from './business-time-ms.js';
import type { BusinessCalendar } from './calendar.js';
import { type CompiledCalendar, covers, instantAfterOpenTime, intervalAtOrAfter, MAX_BLOCK, openTimeBetween } from './compiled-calendar.js';
import { BLOCK_MS } from './zone-offset.js';

/** Epoch ms of `value`, checked to be a `Date` the calendar covers. */
function instantMs(value: Date, name: string, calendar: CompiledCalendar): number {
  if (!(value instanceof Date)) throw new ServiceKitError('INVALID_INPUT', `${name} must be a Date; got ${describeValue(value)}`, { path: [name] });
  const t = value.getTime();
  if (covers(calendar, t)) return t;
  throw uncoveredInstant(value, name);
}

function notEnoughOpenTime(direction: 'after' | 'before'): ServiceKitError {
  return new ServiceKitError('INVALID_INPUT', `the calendar has no more open time ${direction} this instant within the years 1000–9999`, {
    path: ['ms'],
  });
}

/**
 * Business time between two instants: the real time, in milliseconds, that lies inside the
 * calendar's open windows.
 *
 * Exact to the millisecond: wall-clock windows are read in the calendar's zone, a wall time skipped
 * by a daylight-saving jump does not exist and a repeated hour counts twice, so an open 00:00–24:00
 * day lasts 23 or 25 hours on the change days. Negative when `to` is before `from`. O(1) per call
 * once the calendar's tables for those dates are built.
 *
 * @param calendar - A calendar from {@link createCalendar} (or {@link ALWAYS_OPEN}).
 * @param from - Start instant.
 * @param to - End instant.
 * @returns Open milliseconds in `[from, to)`; `−businessTimeBetween(calendar, to, from)` when `to < from`.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an invalid `Date` (or one outside the years
 *   1000–9999) or a calendar not made by {@link createCalendar}.
 * @example
 * ```ts
 * const calendar = createCalendar({
 *   timeZone: 'America/New_York',
 *   weekly: { mon: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
 * });
 * // Friday 16:00 to Monday 10:00 New York time: one hour on Friday, one on Monday.
 * businessTimeBetween(calendar, new Date('2025-01-10T21:00:00Z'), new Date('2025-01-13T15:00:00Z'))
 * // => 7200000
 * ```
 */
export function businessTimeBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const cal = compiledCalendar(calendar);
  return openTimeBetween(cal, instantMs(from, 'from', cal), instantMs(to, 'to', cal));
}

/**
 * The instant at which a given amount of business time has passed since `from`: the earliest
 * instant `t` with `businessTimeBetween(calendar, from, t) === ms`.
 *
 * Time used up at a closing instant ends there (not at the next opening). A negative `ms` goes
 * backwards, to the latest instant `t` with `businessTimeBetween(calendar, t, from) === −ms`. Zero
 * returns `from` itself, even outside open hours (use {@link nextOpen} to move to working time).
 * Amounts are whole milliseconds, never rounded.
 *
 * @param calendar - A calendar from {@link createCalendar} (or {@link ALWAYS_OPEN}).
 * @param from - Start instant.
 * @param ms - Business time to add, in whole milliseconds; negative to subtract.
 * @returns A new `Date`.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an invalid `Date`, a non-integer or non-finite
 *   `ms`, or when the calendar has no more open time in that direction.
 * @example
 * ```ts
 * const calendar = createCalendar({
 *   timeZone: 'Europe/London',
 *   weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
 * });
 * // Monday 16:00 plus 4 business hours: one hour on Monday, three on Tuesday.
 * addBusinessTime(calendar, new Date('2025-01-06T16:00:00Z'), 4 * 3_600_000)
 * // => 2025-01-07T12:00:00.000Z
 * // Exactly one hour from Monday 16:00 ends at Monday's closing time.
 * addBusinessTime(calendar, new Date('2025-01-06T16:00:00Z'), 3_600_000)
 * // => 2025-01-06T17:00:00.000Z
 * addBusinessTime(calendar, new Date('2025-01-07T10:00:00Z'), -2 * 3_600_000)
 * // => 2025-01-06T16:00:00.000Z
 * ```
 */
export function addBusinessTime(calendar: BusinessCalendar, from: Date, ms: number): Date {
  const cal = compiledCalendar(calendar);
  const t = instantMs(from, 'from', cal);
  if (!Number.isInteger(ms)) {
    throw new ServiceKitError('INVALID_INPUT', `ms: ${describeValue(ms)} is not a whole number of milliseconds`, { path: ['ms'] });
  }
  const result = instantAfterOpenTime(cal, t, ms);
  if (Number.isNaN(result)) throw notEnoughOpenTime(ms > 0 ? 'after' : 'before');
  return new Date(result);
}

/**
 * Whether the calendar is open at an instant (inside an open window, holidays and overrides
 * applied).
 *
 * @param calendar - A calendar from {@link createCalendar} (or {@link ALWAYS_OPEN}).
 * @param at - The instant.
 * @returns `true` when open.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an invalid `Date`.
 * @example
 * ```ts
 * const calendar = createCalendar({ timeZone: 'Asia/Kolkata', weekly: { mon: [['09:00', '17:00']] } });
 * // Monday 09:00 and 17:00 in Kolkata (UTC+05:30):
 * isOpen(calendar, new Date('2025-01-06T03:30:00Z'))
 * // => true
 * isOpen(calendar, new Date('2025-01-06T11:30:00Z'))
 * // => false
 * ```
 */
export function isOpen(calendar: BusinessCalendar, at: Date): boolean {
  const cal = compiledCalendar(calendar);
  const t = instantMs(at, 'at', cal);
  if (cal.alwaysOpen) return true;
  const table = cal.table(Math.floor(t / BLOCK_MS));
  const i = intervalAtOrAfter(table, t);
  return i < table.count && (table.starts[i] as number) <= t;
}

/**
 * The earliest instant at or after `at` when the calendar is open: `at` itself when open, else the
 * next opening.
 *
 * Together with {@link nextClose}, `[nextOpen(c, at), nextClose(c, at))` is the open period that
 * contains `at` or, when closed, the next one.
 *
 * @param calendar - A calendar from {@link createCalendar} (or {@link ALWAYS_OPEN}).
 * @param at - The instant.
 * @returns A new `Date`, or `null` when the calendar never opens again (no weekly hours and no
 *   later override).
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an invalid `Date`.
 * @example
 * ```ts
 * const calendar = createCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']] } });
 * nextOpen(calendar, new Date('2025-01-06T18:00:00Z'))
 * // => 2025-01-13T09:00:00.000Z
 * nextOpen(calendar, new Date('2025-01-06T10:00:00Z'))
 * // => 2025-01-06T10:00:00.000Z
 * ```
 */
export function nextOpen(calendar: BusinessCalendar, at: Date): Date | null {
  const cal = compiledCalendar(calendar);
  const t = instantMs(at, 'at', cal);
  if (cal.alwaysOpen) return new Date(t);
  let block = Math.floor(t / BLOCK_MS);
  let table = cal.table(block);
  const i = intervalAtOrAfter(table, t);
  if (i < table.count) return new Date(Math.max(t, table.starts[i] as number));
  for (;;) {
    block += 1;
    if (block > MAX_BLOCK || cal.closedFrom(block)) return null;
    table = cal.table(block);
    if (table.count > 0) return new Date(table.starts[0] as number);
  }
}

/**
 * The end of the open period that contains `at` or, when the calendar is closed at `at`, of the
 * next open period: the instant work stops.
 *
 * Back-to-back windows (an overnight shift running into the next day's hours) are one period.
 *
 * @param calendar - A calendar from {@link createCalendar} (or {@link ALWAYS_OPEN}).
 * @param at - The instant.
 * @returns A new `Date`, or `null` when the calendar never closes again ({@link ALWAYS_OPEN}) or
 *   never opens again.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for an invalid `Date`.
 * @example
 * ```ts
 * const calendar = createCalendar({ timeZone: 'UTC', weekly: { mon: [['09:00', '12:00'], ['13:00', '17:00']] } });
 * nextClose(calendar, new Date('2025-01-06T10:00:00Z'))
 * // => 2025-01-06T12:00:00.000Z
 * nextClose(calendar, new Date('2025-01-06T12:30:00Z'))
 * // => 2025-01-06T17:00:00.000Z
 * nextClose(ALWAYS_OPEN, new Date('2025-01-06T10:00:00Z'))
 * // => null
 * ```
 */
export function nextClose(calendar: BusinessCalendar, at: Date): Date | null {
  const cal = compiledCalendar(calendar);
  const t = instantMs(at, 'at', cal);
  if (cal.alwaysOpen) return null;
  let block = Math.floor(t / BLOCK_MS);
  let table = cal.table(block);
  let i = intervalAtOrAfter(table, t);
  while (i >= table.count) {
    block += 1;
    if (block > MAX_BLOCK || cal.closedFrom(block)) return null;
    table = cal.table(block);
    i = 0;
  }
  let end = table.ends[i] as number;
  // A period that reaches the end of its block may continue in the next one.
  while (i === table.count - 1 && end === table.start + BLOCK_MS) {
    block += 1;
    if (block > MAX_BLOCK || cal.openFrom(block)) return null;
    table = cal.table(block);
    if (table.count === 0 || table.starts[0] !== end) break;
    i = 0;
    end = table.ends[0] as number;
  }
  return new Date(end);
}
